namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3012 : Rule
{
    public override string Id => "DL3012";
    public override Severity Severity => Severity.Error;
    public override string Title => "Multiple HEALTHCHECK instructions";
    public override string Checks => "Fires on every `HEALTHCHECK` after the first in a stage.";
    public override string Why => """
        Only the last `HEALTHCHECK` of a stage takes effect; the earlier ones are dead text that
        misleads whoever reads the file.
        """;
    public override string Bad => """
        FROM nginx:1.27-alpine
        HEALTHCHECK CMD wget -qO- http://127.0.0.1/ || exit 1
        HEALTHCHECK CMD wget -qO- http://127.0.0.1/health || exit 1
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        HEALTHCHECK CMD wget -qO- http://127.0.0.1/health || exit 1
        """;
    public override string Fix => "Keep one `HEALTHCHECK` per stage.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        StageRules.Repeated(context, "HEALTHCHECK").Select(h => ReviewContext.At(h, "A second HEALTHCHECK replaces the first."));
}
