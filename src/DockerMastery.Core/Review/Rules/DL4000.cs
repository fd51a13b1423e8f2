namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4000 : Rule
{
    public override string Id => "DL4000";
    public override Severity Severity => Severity.Error;
    public override IReadOnlyList<string> Aliases => ["MaintainerDeprecated"];
    public override string Title => "MAINTAINER is deprecated";
    public override string Checks => "Fires on every `MAINTAINER` instruction (BuildKit: `MaintainerDeprecated`).";
    public override string Why => """
        `MAINTAINER` has been deprecated since Docker 1.13; tools read the OCI label
        `org.opencontainers.image.authors` instead.
        """;
    public override string Bad => """
        FROM alpine:3.20
        MAINTAINER Jane Doe <jane@example.com>
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="jane@example.com"
        """;
    public override string Fix => "Replace it with `LABEL org.opencontainers.image.authors=\"...\"`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("MAINTAINER").Select(m => ReviewContext.At(m, "MAINTAINER is deprecated.",
            new TextEdit(m.Line, m.EndLine, $"LABEL org.opencontainers.image.authors=\"{m.Body.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")));
}
