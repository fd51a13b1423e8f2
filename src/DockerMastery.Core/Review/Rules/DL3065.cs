namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3065 : Rule
{
    public override string Id => "DL3065";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["RedundantTargetPlatform"];
    public override string Title => "Setting `FROM --platform` to `$TARGETPLATFORM` is redundant as this is the default";
    public override string Checks => "Fires on `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`); BuildKit: `RedundantTargetPlatform`.";
    public override string Why => "The target platform is already the default; the flag adds noise and suggests a cross-build that is not happening.";
    public override string Bad => """
        FROM --platform=$TARGETPLATFORM alpine:3.20
        """;
    public override string Good => """
        FROM alpine:3.20
        """;
    public override string Fix => "Remove `--platform=$TARGETPLATFORM`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Stages.Where(s => s.Platform is "$TARGETPLATFORM" or "${TARGETPLATFORM}")
            .Select(s => ReviewContext.At(s.From, "--platform=$TARGETPLATFORM is the default."));
}
