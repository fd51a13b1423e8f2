namespace DockerMastery.Mcp.Cli;

/// <summary>
/// One command-line verb (<c>serve</c>, <c>lint</c>, <c>scaffold</c>, ...). Verbs are found by
/// reflection, so a new verb is one new class in this folder.
/// </summary>
public interface ICliVerb
{
    /// <summary>The word typed after the executable name.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Summary { get; }

    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
