namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3022 : Rule
{
    public override string Id => "DL3022";
    public override Severity Severity => Severity.Warning;
    public override string Title => "COPY --from should reference a previously defined FROM alias";
    public override string Checks => """
        Fires on `COPY --from=<name>` when `<name>` is neither an earlier stage (by name or
        index) nor an image reference (which has a `:`, `/`, `.` or `@`).
        """;
    public override string Why => """
        An unknown name is pulled as an image from Docker Hub: a typo in a stage name becomes a
        download of whatever image has that name.
        """;
    public override string Bad => """
        FROM golang:1.23 AS build
        RUN go build -o /app .
        FROM alpine:3.20
        COPY --from=biuld /app /app
        """;
    public override string Good => """
        FROM golang:1.23 AS build
        RUN go build -o /app .
        FROM alpine:3.20
        COPY --from=build /app /app
        """;
    public override string Fix => "Name a stage defined above (`FROM ... AS build`) or a full image reference.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var copy in context.Of("COPY").Where(c => c.Flag("from")?.Value is not null))
        {
            var from = copy.Flag("from")!.Value!;
            if (from.IndexOfAny([':', '/', '.', '@', '$']) >= 0)
                continue;
            var earlier = context.Document.Stages.Where(s => s.Index < copy.StageIndex);
            var known = int.TryParse(from, out var index)
                ? index >= 0 && index < copy.StageIndex
                : earlier.Any(s => string.Equals(s.Name, from, StringComparison.OrdinalIgnoreCase));
            var self = context.StageOf(copy)?.Name;
            if (!known && !string.Equals(self, from, StringComparison.OrdinalIgnoreCase))
                yield return ReviewContext.At(copy, $"--from={from} is not a stage defined before this one.");
        }
    }
}
