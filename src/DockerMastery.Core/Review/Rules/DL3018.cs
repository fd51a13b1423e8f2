namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3018 : Rule
{
    public override string Id => "DL3018";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Pin versions in apk add";
    public override string Checks => """
        Fires on each package of `apk add` written without a version constraint (`=`, `~`,
        `<`, `>`). Option values (`--virtual .build-deps`, `--repository URL`) are not package
        names; local `.apk` files and variables are not judged.
        """;
    public override string Why => """
        An unpinned package is whatever the Alpine mirror serves that day; builds are not
        reproducible and can break without a change in the repository.
        """;
    public override string Bad => """
        FROM alpine:3.20
        RUN apk add --no-cache curl
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN apk add --no-cache curl~8.9
        """;
    public override string Fix => "Write `package=version` or `package~major.minor` (see `apk policy <package>`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => PackageCommands.IsApkAdd(rc.Command)))
        {
            var unpinned = PackageCommands.ApkPackages(command)
                .Where(p => !PackageCommands.IsDynamic(p) && p.Value.IndexOfAny(['=', '~', '<', '>']) < 0 &&
                    !p.Value.EndsWith(".apk", StringComparison.Ordinal))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned apk package(s): {string.Join(", ", unpinned)}.");
        }
    }
}
