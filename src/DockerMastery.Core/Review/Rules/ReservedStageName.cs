namespace DockerMastery.Core.Review.Rules;

internal sealed class ReservedStageName : Rule
{
    public override string Id => "ReservedStageName";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Reserved words should not be used as stage names";
    public override string Checks => "Fires on a stage named `scratch` or `context`.";
    public override string Why => "`scratch` is the empty image and `context` names the build context in `--from` and `--build-context`; a stage of that name is ambiguous.";
    public override string Bad => """
        FROM alpine:3.20 AS scratch
        """;
    public override string Good => """
        FROM alpine:3.20 AS base
        """;
    public override string Fix => "Rename the stage.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Stages.Where(s => s.Name?.ToLowerInvariant() is "scratch" or "context")
            .Select(s => ReviewContext.At(s.From, $"'{s.Name}' is a reserved word."));
}
