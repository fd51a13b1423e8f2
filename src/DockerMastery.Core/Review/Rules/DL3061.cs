namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3061 : Rule
{
    public override string Id => "DL3061";
    public override Severity Severity => Severity.Error;
    public override string Title => "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment";
    public override string Checks => "Fires on any instruction other than `ARG` before the first `FROM`.";
    public override string Why => "The builder rejects the file: only build arguments may come before the first stage.";
    public override string Bad => """
        LABEL org.opencontainers.image.title="app"
        FROM alpine:3.20
        """;
    public override string Good => """
        ARG ALPINE=3.20
        FROM alpine:${ALPINE}
        LABEL org.opencontainers.image.title="app"
        """;
    public override string Fix => "Move the instruction below the first `FROM`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Errors.Where(e => e.RuleId == Id).Select(e => new RuleHit(e.Line, e.Column, e.Message));
}
