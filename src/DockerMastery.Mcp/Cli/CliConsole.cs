namespace DockerMastery.Mcp.Cli;

/// <summary>
/// The streams a verb writes to. Verbs never touch <see cref="Console"/> directly, so tests can
/// capture output and the <c>serve</c> verb can keep stdout for JSON-RPC alone.
/// </summary>
/// <param name="Out">Where results go (stdout for a real run).</param>
/// <param name="Error">Where diagnostics go (stderr for a real run).</param>
/// <param name="In">Where <c>-</c> reads from (stdin for a real run).</param>
/// <param name="WorkingDirectory">The folder relative paths resolve against.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, string WorkingDirectory)
{
    /// <summary>The process's own streams and current directory.</summary>
    public static CliConsole System() =>
        new(global::System.Console.Out, global::System.Console.Error, global::System.Console.In,
            Directory.GetCurrentDirectory());
}
