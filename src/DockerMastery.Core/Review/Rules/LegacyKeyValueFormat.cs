namespace DockerMastery.Core.Review.Rules;

internal sealed class LegacyKeyValueFormat : Rule
{
    public override string Id => "LegacyKeyValueFormat";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Legacy key/value format with whitespace separator should not be used";
    public override string Checks => "Fires on `ENV key value` and `LABEL key value` (the space form) instead of `key=value`.";
    public override string Why => "The space form sets one variable whose value is the rest of the line; it cannot set several and reads ambiguously.";
    public override string Bad => """
        FROM alpine:3.20
        ENV APP_HOME /opt/app
        """;
    public override string Good => """
        FROM alpine:3.20
        ENV APP_HOME=/opt/app
        """;
    public override string Fix => "Write `key=value`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Instructions.Where(i => i.Keyword is "ENV" or "LABEL" && i.Pairs.Count == 1 &&
                i.Body.Length > 0 && !Dockerfiles.DockerfileParser.SplitWords(i.Body, context.Document.EscapeCharacter)[0].Raw.Contains('=', StringComparison.Ordinal))
            .Select(i => ReviewContext.At(i, $"{i.Keyword} '{i.Pairs[0].Key}' uses the legacy space separator."));
}
