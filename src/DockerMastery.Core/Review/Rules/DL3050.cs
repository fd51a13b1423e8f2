namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3050 : Rule
{
    public override string Id => "DL3050";
    public override Severity Severity => Severity.Info;
    public override string Title => "Superfluous label(s) present";
    public override string Checks => "Only with `strict-labels: true`: fires on a `LABEL` key that the label schema does not list.";
    public override string Why => "Teams with a fixed label contract keep stray labels out so consumers can rely on the set.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL maintainer="jane@example.com" build-host="laptop"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL maintainer="jane@example.com"
        """;
    public override string Fix => "Remove the label or add it to the schema.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        if (!context.Options.StrictLabels)
            yield break;
        foreach (var label in context.Of("LABEL"))
        {
            foreach (var pair in label.Pairs.Where(p => !context.Options.LabelSchema.ContainsKey(p.Key)))
                yield return ReviewContext.At(label, $"Label '{pair.Key}' is not in the label schema.");
        }
    }
}
