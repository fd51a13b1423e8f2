namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3042 : Rule
{
    public override string Id => "DL3042";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`";
    public override string Checks => """
        Fires on `pip install` in a stage that ships without `--no-cache-dir`, unless
        `PIP_NO_CACHE_DIR` is set by `ENV` in the stage (or a stage it builds on) or pip's cache
        directory is a cache mount (`--mount=type=cache,target=/root/.cache/pip`). Builder
        stages are not judged: their layers never ship.
        """;
    public override string Why => """
        pip keeps every downloaded wheel under `~/.cache/pip`: tens to hundreds of megabytes in
        the layer that the application never reads.
        """;
    public override string Bad => """
        FROM python:3.13-slim
        RUN pip install flask==3.1.0
        """;
    public override string Good => """
        FROM python:3.13-slim
        RUN pip install --no-cache-dir flask==3.1.0
        """;
    public override string Fix => "Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use `RUN --mount=type=cache,target=/root/.cache/pip pip install ...`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            var stage = context.StageOf(run)!;
            if (context.EnvironmentOf(stage).ContainsKey("PIP_NO_CACHE_DIR") ||
                ReviewContext.CacheMountTargets(run).Any(t => t.EndsWith(".cache/pip", StringComparison.Ordinal) ||
                    t.EndsWith("/.cache", StringComparison.Ordinal)))
                continue;
            foreach (var command in run.Script!.Commands.Where(PackageCommands.IsPipInstall))
            {
                var pip = PackageCommands.Unwrap(command);
                if (!pip.HasOption("--no-cache-dir") && pip.Assignments.All(a => !a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal)))
                    yield return ReviewContext.At(run, command, "pip keeps its download cache in the layer.");
            }
        }
    }
}
