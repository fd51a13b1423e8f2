namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4004 : Rule
{
    public override string Id => "DL4004";
    public override Severity Severity => Severity.Error;
    public override string Title => "Multiple ENTRYPOINT instructions found";
    public override string Checks => "Fires on every `ENTRYPOINT` after the first in a stage.";
    public override string Why => "Only the last `ENTRYPOINT` takes effect; an earlier one is a bug waiting to be noticed.";
    public override string Bad => """
        FROM alpine:3.20
        ENTRYPOINT ["/sbin/tini", "--"]
        ENTRYPOINT ["/app"]
        """;
    public override string Good => """
        FROM alpine:3.20
        ENTRYPOINT ["/sbin/tini", "--", "/app"]
        """;
    public override string Fix => "Keep one `ENTRYPOINT`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        StageRules.Repeated(context, "ENTRYPOINT").Select(e => ReviewContext.At(e, "A second ENTRYPOINT replaces the first."));
}
