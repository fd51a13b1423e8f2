namespace DockerMastery.Core.Review.Rules;

internal sealed class StageNameCasing : Rule
{
    public override string Id => "StageNameCasing";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Stage names should be lowercase";
    public override string Checks => "Fires on a stage name (`FROM ... AS Name`) with upper-case letters.";
    public override string Why => "Stage names are matched case-insensitively but shown as written; mixed case invites `--from` and `--target` typos and reads as an image name.";
    public override string Bad => """
        FROM golang:1.23 AS Build
        """;
    public override string Good => """
        FROM golang:1.23 AS build
        """;
    public override string Fix => "Write the stage name in lower case.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Stages.Where(s => s.Name is { } n && n.Any(char.IsUpper))
            .Select(s => ReviewContext.At(s.From, $"Stage name '{s.Name}' should be lower case."));
}
