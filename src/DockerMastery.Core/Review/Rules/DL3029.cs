namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3029 : Rule
{
    public override string Id => "DL3029";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["FromPlatformFlagConstDisallowed"];
    public override string Title => "Do not use --platform flag with FROM";
    public override string Checks => """
        Fires on `FROM --platform=<constant>` (such as `linux/amd64`). Platform variables
        (`$BUILDPLATFORM`, `$TARGETPLATFORM`) are the supported cross-build pattern and are
        not flagged (BuildKit: `FromPlatformFlagConstDisallowed`).
        """;
    public override string Why => "A fixed platform silently ignores `docker buildx build --platform`, so multi-arch builds ship the wrong architecture.";
    public override string Bad => """
        FROM --platform=linux/amd64 node:22-alpine
        """;
    public override string Good => """
        FROM --platform=$BUILDPLATFORM golang:1.23 AS build
        """;
    public override string Fix => "Drop the flag and pass `--platform` to the build, or use `$BUILDPLATFORM` for build stages.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Stages.Where(s => s.Platform is { } p && !p.Contains('$', StringComparison.Ordinal))
            .Select(s => ReviewContext.At(s.From, $"FROM pins the platform to '{s.Platform}'."));
}
