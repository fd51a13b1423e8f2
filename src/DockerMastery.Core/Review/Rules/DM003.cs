namespace DockerMastery.Core.Review.Rules;

internal sealed class DM003 : Rule
{
    public override string Id => "DM003";
    public override Severity Severity => Severity.Warning;
    public override string Title => "apt-get update in a RUN of its own";
    public override string Checks => """
        Fires on a `RUN` that runs `apt-get update` (or `apt update`) but installs nothing.
        """;
    public override string Why => """
        The layer of a lone `RUN apt-get update` is cached. When a later `RUN apt-get install`
        changes, Docker reuses the old package index and the install fails or installs outdated,
        vulnerable versions. Update and install must share one `RUN`.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update
        RUN apt-get install -y --no-install-recommends curl
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update \
            && apt-get install -y --no-install-recommends curl \
            && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Join `apt-get update` and `apt-get install` in one `RUN` with `&&`, and remove `/var/lib/apt/lists/*` at its end.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null))
        {
            var commands = run.Script!.Commands;
            var update = commands.FirstOrDefault(c => PackageCommands.IsApt(c, "update"));
            if (update is null)
                continue;
            if (commands.Any(c => c.Is("apt-get", "apt") && c.Subcommand(PackageCommands.AptValueOptions) is
                    "install" or "upgrade" or "dist-upgrade" or "full-upgrade" or "build-dep" or "source" or "download"))
                continue;
            yield return ReviewContext.At(run, update, "apt-get update runs alone; its cached layer goes stale.");
        }
    }
}
