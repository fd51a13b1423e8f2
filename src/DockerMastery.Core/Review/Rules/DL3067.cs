namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3067 : Rule
{
    public override string Id => "DL3067";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Do not copy an entire filesystem from another stage";
    public override string Checks => "Fires on `COPY --from=<stage> / /`.";
    public override string Why => "Copying `/` over `/` drags the whole other image along, defeating the point of a slim final stage and hiding what ships.";
    public override string Bad => """
        FROM debian:12-slim AS build
        RUN echo build
        FROM gcr.io/distroless/base-debian12:nonroot
        COPY --from=build / /
        """;
    public override string Good => """
        FROM debian:12-slim AS build
        RUN echo build
        FROM gcr.io/distroless/base-debian12:nonroot
        COPY --from=build /out/app /app
        """;
    public override string Fix => "Copy only the paths the final image needs.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var copy in context.Of("COPY").Where(c => c.Flag("from") is not null))
        {
            var words = DL3021.Words(copy, context.Document.EscapeCharacter);
            if (words.Count >= 2 && words[^1] == "/" && words.Take(words.Count - 1).Any(w => w == "/"))
                yield return ReviewContext.At(copy, "COPY copies the whole filesystem of another stage.");
        }
    }
}
