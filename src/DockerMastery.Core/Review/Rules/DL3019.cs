namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3019 : Rule
{
    public override string Id => "DL3019";
    public override Severity Severity => Severity.Info;
    public override string Title => "Use the --no-cache switch to avoid the need to use --update and remove /var/cache/apk/*";
    public override string Checks => """
        Fires on `apk add` without `--no-cache`, unless `/var/cache/apk` (or `/etc/apk/cache`) is
        a cache mount or the same `RUN` removes `/var/cache/apk` afterwards.
        """;
    public override string Why => """
        Without `--no-cache`, apk stores the package index in `/var/cache/apk` and it stays in
        the layer.
        """;
    public override string Bad => """
        FROM alpine:3.20
        RUN apk add curl=8.9.1-r2
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.9.1-r2
        """;
    public override string Fix => "Write `apk add --no-cache ...` (it also replaces `apk update`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null))
        {
            if (ReviewContext.CacheMountTargets(run).Any(t => t is "/var/cache/apk" or "/etc/apk/cache"))
                continue;
            var commands = run.Script!.Commands;
            var cleaned = commands.Any(c => c.Is("rm") && c.Positionals().Any(p =>
                p.Value.StartsWith("/var/cache/apk", StringComparison.Ordinal)));
            foreach (var command in commands.Where(c => PackageCommands.IsApkAdd(c) && !c.HasOption("--no-cache")))
            {
                if (!cleaned)
                    yield return ReviewContext.At(run, command, "apk add keeps its index cache in the layer.");
            }
        }
    }
}
