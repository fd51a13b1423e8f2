namespace DockerMastery.Integration.Tests.Harness;

/// <summary>What one finished command printed and returned.</summary>
public sealed record CommandResult(
    string Command, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws with the command and the tail of its output when it failed.</summary>
    public CommandResult EnsureSuccess()
    {
        if (Succeeded)
            return this;

        throw new InvalidOperationException(
            $"`{Command}` exited {ExitCode} after {Elapsed.TotalSeconds:F1}s\n"
            + $"--- stderr (tail)\n{Tail(Stderr)}\n--- stdout (tail)\n{Tail(Stdout)}");
    }

    /// <summary>The last lines of a long output, enough to see why a build failed.</summary>
    public static string Tail(string text, int lines = 40)
    {
        var all = text.TrimEnd().Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
