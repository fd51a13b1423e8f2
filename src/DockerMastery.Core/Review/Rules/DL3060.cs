namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3060 : Rule
{
    public override string Id => "DL3060";
    public override Severity Severity => Severity.Info;
    public override string Title => "`yarn cache clean` missing after `yarn install` was run";
    public override string Checks => """
        Fires on `yarn install` (or bare `yarn`) in a stage that ships when the same `RUN` does
        not run `yarn cache clean` afterwards and the yarn cache is not a cache mount. Builder
        stages are not judged: their layers never ship.
        """;
    public override string Why => """
        Yarn keeps a copy of every package tarball in its cache; left in the layer it roughly
        doubles the size of the dependencies.
        """;
    public override string Bad => """
        FROM node:22-alpine
        COPY package.json yarn.lock ./
        RUN yarn install --frozen-lockfile
        """;
    public override string Good => """
        FROM node:22-alpine
        COPY package.json yarn.lock ./
        RUN yarn install --frozen-lockfile && yarn cache clean
        """;
    public override string Fix => "Append `&& yarn cache clean` to the `RUN`, or mount the cache: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            if (ReviewContext.CacheMountTargets(run).Any(t => t.Contains("yarn", StringComparison.Ordinal)))
                continue;
            var commands = run.Script!.Commands;
            var install = commands.LastOrDefault(c => c.Is("yarn") && c.Subcommand() is null or "install");
            if (install is null)
                continue;
            var cleaned = commands.SkipWhile(c => !ReferenceEquals(c, install))
                .Any(c => c.Is("yarn") && c.Subcommand() == "cache" && c.Values.Contains("clean"));
            if (!cleaned)
                yield return ReviewContext.At(run, install, "The yarn cache stays in this layer.");
        }
    }
}
