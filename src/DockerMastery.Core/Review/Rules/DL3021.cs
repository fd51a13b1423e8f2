using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3021 : Rule
{
    public override string Id => "DL3021";
    public override Severity Severity => Severity.Error;
    public override string Title => "COPY with more than 2 arguments requires the last argument to end with /";
    public override string Checks => """
        Fires on a `COPY` with two or more sources whose destination does not end with `/`.
        """;
    public override string Why => "With several sources the destination must be a folder; without the slash the build fails.";
    public override string Bad => """
        FROM node:22-alpine
        COPY package.json package-lock.json /app
        """;
    public override string Good => """
        FROM node:22-alpine
        COPY package.json package-lock.json /app/
        """;
    public override string Fix => "End the destination with `/`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var copy in context.Of("COPY").Where(c => c.Heredocs.Count == 0))
        {
            var words = Words(copy, context.Document.EscapeCharacter);
            if (words.Count > 2 && !words[^1].EndsWith('/') && !words[^1].EndsWith('\\'))
                yield return ReviewContext.At(copy, $"Several sources go to '{words[^1]}', which does not end with '/'.");
        }
    }

    internal static IReadOnlyList<string> Words(Instruction instruction, char escape) =>
        instruction.JsonArguments ?? DockerfileParser.SplitWords(instruction.Body, escape).Select(w => w.Value).ToArray();
}
