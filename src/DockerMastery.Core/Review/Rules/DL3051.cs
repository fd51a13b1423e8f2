namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3051 : Rule
{
    public override string Id => "DL3051";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is empty";
    public override string Checks => "Only with a label schema: fires on a `LABEL` that sets a schema label to an empty value.";
    public override string Why => "An empty required label satisfies a presence check while telling nothing.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL maintainer=""
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL maintainer="jane@example.com"
        """;
    public override string Fix => "Give the label its value.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var label in context.Of("LABEL"))
        {
            foreach (var pair in label.Pairs.Where(p => context.Options.LabelSchema.ContainsKey(p.Key) && string.IsNullOrWhiteSpace(p.Value)))
                yield return ReviewContext.At(label, $"Label '{pair.Key}' is empty.");
        }
    }
}
