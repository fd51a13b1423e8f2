namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3023 : Rule
{
    public override string Id => "DL3023";
    public override Severity Severity => Severity.Error;
    public override string Title => "COPY --from cannot reference its own FROM alias";
    public override string Checks => "Fires on `COPY --from=<name>` inside the stage named `<name>` (or with its own index).";
    public override string Why => "A stage cannot copy from itself; the build fails or pulls an image of that name.";
    public override string Bad => """
        FROM node:22-alpine AS web
        COPY --from=web /app/dist /srv
        """;
    public override string Good => """
        FROM node:22-alpine AS build
        RUN echo build
        FROM nginx:1.27-alpine AS web
        COPY --from=build /app/dist /usr/share/nginx/html
        """;
    public override string Fix => "Copy from the stage that produced the files.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var copy in context.Of("COPY").Where(c => c.Flag("from")?.Value is not null))
        {
            var from = copy.Flag("from")!.Value!;
            var stage = context.StageOf(copy);
            if (stage is not null && (string.Equals(stage.Name, from, StringComparison.OrdinalIgnoreCase) ||
                from == stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                yield return ReviewContext.At(copy, $"--from={from} is this stage itself.");
        }
    }
}
