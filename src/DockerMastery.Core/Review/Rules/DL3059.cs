namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3059 : Rule
{
    public override string Id => "DL3059";
    public override Severity Severity => Severity.Info;
    public override string Title => "Multiple consecutive `RUN` instructions. Consider consolidation";
    public override string Checks => """
        Fires on a `RUN` that directly follows another `RUN` of the same stage with the same
        flags (comments between them do not count). `RUN`s with different `--mount`s or with
        here-documents are separate on purpose and are left alone.
        """;
    public override string Why => "Each `RUN` is a layer; several small ones add size and pull time and split cleanup from the install it belongs to.";
    public override string Bad => """
        FROM alpine:3.20
        RUN mkdir -p /app
        RUN chown 1000:1000 /app
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN mkdir -p /app && chown 1000:1000 /app
        """;
    public override string Fix => "Join the commands with `&&` in one `RUN`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            for (var i = 1; i < stage.Instructions.Count; i++)
            {
                var previous = stage.Instructions[i - 1];
                var current = stage.Instructions[i];
                if (previous.Keyword == "RUN" && current.Keyword == "RUN" && previous.Heredocs.Count == 0 &&
                    current.Heredocs.Count == 0 &&
                    previous.Flags.Select(f => f.Text).SequenceEqual(current.Flags.Select(f => f.Text)))
                    yield return ReviewContext.At(current, $"This RUN follows the RUN on line {previous.Line}.");
            }
        }
    }
}
