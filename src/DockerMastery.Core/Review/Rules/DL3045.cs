namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3045 : Rule
{
    public override string Id => "DL3045";
    public override Severity Severity => Severity.Warning;
    public override string Title => "`COPY` to a relative destination without `WORKDIR` set";
    public override string Checks => """
        Fires on a `COPY` whose destination is relative when neither its stage nor a stage it
        builds on has set `WORKDIR` before it.
        """;
    public override string Why => "The files land in whatever directory the base image chose, which can change with the base.";
    public override string Bad => """
        FROM node:22-alpine
        COPY package.json .
        """;
    public override string Good => """
        FROM node:22-alpine
        WORKDIR /app
        COPY package.json .
        """;
    public override string Fix => "Set `WORKDIR /app` first, or copy to an absolute path.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var chain = new List<Dockerfiles.Stage> { stage };
            for (var s = stage; s.BaseStage is { } b && chain.Count < 64;)
                chain.Add(s = context.Document.Stages[b]);
            var inheritedWorkdir = chain.Skip(1).Any(s => s.Instructions.Any(i => i.Keyword == "WORKDIR"));
            var workdir = inheritedWorkdir;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Keyword == "WORKDIR")
                    workdir = true;
                if (instruction.Keyword != "COPY" || workdir || instruction.Heredocs.Count > 0)
                    continue;
                var words = DL3021.Words(instruction, context.Document.EscapeCharacter);
                if (words.Count >= 2 && !DL3000.IsAbsolute(DL3000.Unquote(words[^1])))
                    yield return ReviewContext.At(instruction, $"COPY to relative '{words[^1]}' before any WORKDIR.");
            }
        }
    }
}
