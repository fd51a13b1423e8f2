namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3024 : Rule
{
    public override string Id => "DL3024";
    public override Severity Severity => Severity.Error;
    public override IReadOnlyList<string> Aliases => ["DuplicateStageName"];
    public override string Title => "FROM aliases (stage names) must be unique";
    public override string Checks => "Fires on a stage whose name (case-insensitive) an earlier stage already uses (BuildKit: `DuplicateStageName`).";
    public override string Why => "`--from` and `--target` can only mean one stage; BuildKit refuses duplicate names.";
    public override string Bad => """
        FROM node:22-alpine AS build
        FROM golang:1.23 AS build
        """;
    public override string Good => """
        FROM node:22-alpine AS web-build
        FROM golang:1.23 AS api-build
        """;
    public override string Fix => "Give every stage its own name.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Stages.Where(s => s.Name is not null && context.Document.Stages
                .Any(o => o.Index < s.Index && string.Equals(o.Name, s.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(s => ReviewContext.At(s.From, $"Stage name '{s.Name}' is used twice."));
}
