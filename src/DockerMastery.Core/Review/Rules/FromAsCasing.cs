namespace DockerMastery.Core.Review.Rules;

internal sealed class FromAsCasing : Rule
{
    public override string Id => "FromAsCasing";
    public override Severity Severity => Severity.Warning;
    public override string Title => "The 'as' keyword should match the case of the 'from' keyword";
    public override string Checks => "Fires on `FROM ... as name` and `from ... AS name`: the two keywords differ in case.";
    public override string Why => "Consistent keyword casing keeps the file readable and tools that match on case working.";
    public override string Bad => """
        FROM golang:1.23 as build
        """;
    public override string Good => """
        FROM golang:1.23 AS build
        """;
    public override string Fix => "Write `AS` when `FROM` is upper case, `as` when it is lower case.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages.Where(s => s.AsKeywordText is not null))
        {
            var fromUpper = !stage.From.KeywordText.Any(char.IsLower);
            var asUpper = !stage.AsKeywordText!.Any(char.IsLower);
            if (fromUpper != asUpper)
                yield return ReviewContext.At(stage.From, $"'{stage.AsKeywordText}' does not match the case of '{stage.From.KeywordText}'.", Edit(stage, context, fromUpper));
        }
    }

    private static TextEdit? Edit(Dockerfiles.Stage stage, ReviewContext context, bool upper)
    {
        if (stage.From.Line != stage.From.EndLine)
            return null;
        var line = context.Document.Lines[stage.From.Line - 1];
        var marker = " " + stage.AsKeywordText + " ";
        var at = line.LastIndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : new TextEdit(stage.From.Line, stage.From.Line,
            line[..at] + (upper ? " AS " : " as ") + line[(at + marker.Length)..]);
    }
}
