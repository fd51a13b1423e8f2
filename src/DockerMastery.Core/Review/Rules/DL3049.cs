namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3049 : Rule
{
    public override string Id => "DL3049";
    public override Severity Severity => Severity.Info;
    public override string Title => "Label `<label>` is missing";
    public override string Checks => "Only with a label schema: fires on the final stage when a label of the schema is set neither there nor in a stage it builds on.";
    public override string Why => "Registries and scanners use these labels to tie an image to its source, version and owner.";
    public override string Bad => """
        FROM alpine:3.20
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL maintainer="jane@example.com"
        """;
    public override string Fix => "Add the missing `LABEL` to the final stage.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var final = context.Document.FinalStage;
        if (final is null)
            yield break;
        var present = context.ShippedStages.SelectMany(s => s.Instructions).Where(i => i.Keyword == "LABEL")
            .SelectMany(i => i.Pairs).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var label in context.Options.LabelSchema.Keys.Where(k => !present.Contains(k)))
            yield return ReviewContext.At(final.From, $"Label '{label}' is missing.");
    }
}
