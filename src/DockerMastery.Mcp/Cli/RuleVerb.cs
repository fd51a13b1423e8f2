using DockerMastery.Mcp.Tools;

namespace DockerMastery.Mcp.Cli;

/// <summary><c>rule &lt;id&gt;</c>: prints a review rule's documentation (Dockerfile or
/// compose); <c>rule --list</c> lists every rule.</summary>
public sealed class RuleVerb : ICliVerb
{
    /// <inheritdoc />
    public string Name => "rule";

    /// <inheritdoc />
    public string Summary =>
        "print a review rule's documentation (rule DL3008, rule DC201, rule --list)";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h")
        {
            await console.Out.WriteLineAsync("usage: docker-mastery rule <id> | --list").ConfigureAwait(false);
            return args.Count == 0 ? 2 : 0;
        }

        if (args[0] == "--list")
        {
            foreach (var rule in RuleBook.All)
            {
                await console.Out.WriteLineAsync($"{rule.Id,-32} {rule.Severity,-8} {rule.Title}")
                    .ConfigureAwait(false);
            }

            return 0;
        }

        var found = RuleBook.Find(args[0]);
        if (found is null)
        {
            await console.Error.WriteLineAsync(
                $"docker-mastery rule: <id> '{args[0]}' is not a known rule id (Dockerfile ids " +
                "look like DL3008, SC2086, DM001; compose ids like DC201). Run " +
                "'docker-mastery rule --list' for all ids.")
                .ConfigureAwait(false);
            return 2;
        }

        await console.Out.WriteAsync(found.Documentation).ConfigureAwait(false);
        return 0;
    }
}
