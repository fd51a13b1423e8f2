namespace DockerMastery.Core.Review.Rules;

internal sealed class DM012 : Rule
{
    private static readonly string[] Shells = ["sh", "bash", "dash", "ash", "zsh", "python", "python3", "perl", "ruby", "node"];

    public override string Id => "DM012";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Remote script piped straight into an interpreter";
    public override string Checks => "Fires on `curl ... | sh` and `wget -O- ... | bash` (or any shell, python, perl, ruby, node) in a `RUN`.";
    public override string Why => "Whatever the server returns runs as root in the build, unchecked: a compromised or truncated download executes, and the build is not reproducible.";
    public override string Bad => """
        FROM debian:12-slim
        RUN curl -fsSL https://example.com/install.sh | sh
        """;
    public override string Good => """
        FROM debian:12-slim
        ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/install.sh /tmp/install.sh
        RUN sh /tmp/install.sh && rm /tmp/install.sh
        """;
    public override string Fix => "Download to a file with a pinned version, verify its checksum (`ADD --checksum=sha256:...` or `sha256sum -c`), then run it.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null))
        {
            var commands = run.Script!.Commands;
            for (var i = 0; i + 1 < commands.Count; i++)
            {
                if (commands[i].Is("curl", "wget") && commands[i].Separator is "|" or "|&" && commands[i + 1].Is(Shells))
                    yield return ReviewContext.At(run, commands[i], $"A download is piped into {commands[i + 1].Program}.");
            }
        }
    }
}
