namespace DockerMastery.Core.Review.Rules;

internal sealed class DM000 : Rule
{
    public override string Id => "DM000";
    public override Severity Severity => Severity.Error;
    public override string Title => "The Dockerfile has a syntax error";
    public override string Checks => """
        Reports what the parser could not read: unknown instructions, a FROM without an image,
        instructions other than ARG before the first FROM, a here-document that never closes,
        an invalid escape directive, a Dockerfile with no FROM at all.
        """;
    public override string Why => """
        `docker build` stops at the first syntax error, usually after minutes of earlier steps
        in CI. The reviewer still checks everything it could read, so the other findings stay useful.
        """;
    public override string Bad => """
        FROM alpine:3.20
        RUNN echo hello
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN echo hello
        """;
    public override string Fix => "Correct the instruction at the reported line; the message says what the parser expected.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Errors.Where(e => e.RuleId is null).Select(e => new RuleHit(e.Line, e.Column, e.Message));
}
