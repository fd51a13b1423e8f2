namespace DockerMastery.Core.Review.Rules;

internal sealed class DM004 : Rule
{
    public override string Id => "DM004";
    public override Severity Severity => Severity.Warning;
    public override string Title => "No .dockerignore in the build context";
    public override string Checks => """
        Needs the caller to pass the build context's file list (`ReviewOptions.ContextFiles`).
        Fires when the Dockerfile copies from the context and the context has no
        `.dockerignore` (nor a `<Dockerfile name>.dockerignore`), or when a `.dockerignore`
        given as text leaves `.git` or `.env` in the context.
        """;
    public override string Why => """
        Without `.dockerignore`, `COPY . .` sends and bakes in `.git`, local `.env` files with
        secrets, `node_modules`, virtualenvs and build output: bigger contexts, slower builds,
        cache busted by every commit, and leaked credentials.
        """;
    public override string Bad => """
        FROM node:22-alpine
        WORKDIR /app
        COPY . .
        """;
    public override string Good => """
        FROM node:22-alpine
        WORKDIR /app
        COPY package.json package-lock.json ./
        """;
    public override string Fix => "Add a `.dockerignore` next to the Dockerfile that excludes at least `.git`, `.env*`, dependency folders (`node_modules`, `.venv`) and build output.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var files = context.Options.ContextFiles;
        var ignore = context.Options.DockerIgnore;
        var copiesContext = context.Instructions.FirstOrDefault(i =>
            i.Keyword is "COPY" or "ADD" && i.Flag("from") is null && i.Heredocs.Count == 0 &&
            DL3020.Sources(i, context.Document.EscapeCharacter).Any(s => s is "." or "./" or "*" or "./*"));
        if (copiesContext is null)
            yield break;

        if (ignore is not null)
        {
            var patterns = ignore.Split('\n').Select(l => l.Trim().TrimStart('/').TrimEnd('/'))
                .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
            var missing = new[] { ".git", ".env" }
                .Where(p => !patterns.Contains(p) && !patterns.Contains(p + "*") && !patterns.Contains("**/" + p) &&
                    !patterns.Contains("*"))
                .ToArray();
            if (missing.Length > 0)
                yield return ReviewContext.At(copiesContext,
                    $".dockerignore does not exclude {string.Join(" or ", missing)}, and this COPY sends the whole context.");
            yield break;
        }

        if (files is null)
            yield break;
        var hasIgnore = files.Any(f => f.Replace('\\', '/').TrimStart('.', '/') is "dockerignore" ||
            f.EndsWith(".dockerignore", StringComparison.Ordinal));
        if (!hasIgnore)
            yield return ReviewContext.At(copiesContext, "The build context has no .dockerignore and this COPY sends all of it.");
    }
}
