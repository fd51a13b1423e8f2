namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3009 : Rule
{
    public override string Id => "DL3009";
    public override Severity Severity => Severity.Info;
    public override string Title => "Delete the apt-get lists after installing something";
    public override string Checks => """
        Fires on a `RUN` in a stage that ships (the final stage or one it builds on) that runs
        `apt-get update` without removing `/var/lib/apt/lists` later in the same `RUN`. Any
        spelling of a recursive `rm` counts (`rm -rf`, `rm -fr`, `rm -r -f`, `rm --recursive`),
        and so does a cache or tmpfs mount on `/var/lib/apt` or `/var/lib/apt/lists`. Builder
        stages are not judged: their layers never ship.
        """;
    public override string Why => """
        The package index is 20-50 MB that the running application never reads. Deleted in a
        later `RUN`, it still sits in the earlier layer; it must go in the same one.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl \
            && rm -fr /var/lib/apt/lists/*
        """;
    public override string Fix => "End the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`, or mount the lists as a cache: `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked ...`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            if (ReviewContext.CacheMountTargets(run).Any(t => t is "/var/lib/apt" or "/var/lib/apt/lists"))
                continue;
            var commands = run.Script!.Commands;
            var update = commands.LastOrDefault(c => PackageCommands.IsApt(c, "update"));
            if (update is null)
                continue;
            var after = commands.SkipWhile(c => !ReferenceEquals(c, update));
            if (!after.Any(c => PackageCommands.RemovesRecursively(c, IsAptLists)))
                yield return ReviewContext.At(run, update, "The apt lists stay in this layer.");
        }
    }

    private static bool IsAptLists(string path) =>
        path.TrimEnd('*').TrimEnd('/') is "/var/lib/apt/lists" or "/var/lib/apt";
}
