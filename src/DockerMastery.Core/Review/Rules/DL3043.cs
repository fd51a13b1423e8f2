namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3043 : Rule
{
    public override string Id => "DL3043";
    public override Severity Severity => Severity.Error;
    public override string Title => "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction";
    public override string Checks => "Fires on `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER`.";
    public override string Why => "The builder refuses these triggers: the image that inherits them fails to build.";
    public override string Bad => """
        FROM node:22-alpine
        ONBUILD FROM alpine:3.20
        """;
    public override string Good => """
        FROM node:22-alpine
        ONBUILD COPY package.json package-lock.json ./
        """;
    public override string Fix => "Trigger only ordinary instructions from `ONBUILD`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Errors.Where(e => e.RuleId == Id).Select(e => new RuleHit(e.Line, e.Column, e.Message));
}
