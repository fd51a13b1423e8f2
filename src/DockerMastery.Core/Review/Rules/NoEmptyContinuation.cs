namespace DockerMastery.Core.Review.Rules;

internal sealed class NoEmptyContinuation : Rule
{
    public override string Id => "NoEmptyContinuation";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Empty continuation lines will become errors in a future release";
    public override string Checks => "Fires on an empty line inside an instruction continued with the escape character.";
    public override string Why => "BuildKit deprecates empty continuation lines; a blank line in the middle of a `RUN` also hides where it ends.";
    public override string Bad => """
        FROM alpine:3.20
        RUN echo a \

            && echo b
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN echo a \
            && echo b
        """;
    public override string Fix => "Delete the empty line (a comment line is allowed).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.EmptyContinuationLines.Select(l => new RuleHit(l, 1, "Empty line inside a continued instruction."));
}
