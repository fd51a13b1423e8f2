namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4003 : Rule
{
    public override string Id => "DL4003";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["MultipleInstructionsDisallowed"];
    public override string Title => "Multiple CMD instructions found";
    public override string Checks => """
        Fires on every `CMD` after the first in a stage. BuildKit's
        `MultipleInstructionsDisallowed` answers to this id; DL4004 and DL3012 cover
        `ENTRYPOINT` and `HEALTHCHECK`.
        """;
    public override string Why => "Only the last `CMD` takes effect; the others only confuse readers.";
    public override string Bad => """
        FROM python:3.13-slim
        CMD ["python", "manage.py", "migrate"]
        CMD ["gunicorn", "app:app"]
        """;
    public override string Good => """
        FROM python:3.13-slim
        CMD ["gunicorn", "app:app"]
        """;
    public override string Fix => "Keep one `CMD`; run setup steps from an entrypoint script instead.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        StageRules.Repeated(context, "CMD").Select(c => ReviewContext.At(c, "A second CMD replaces the first."));
}
