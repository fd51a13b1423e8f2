using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

/// <summary>Which shell a <c>RUN</c> runs under, for the ShellCheck portability rules.</summary>
internal static class ShellDialect
{
    /// <summary>True when the <c>RUN</c> runs under plain POSIX <c>sh</c> (the default
    /// <c>/bin/sh -c</c>, or a <c>SHELL</c> naming sh or dash) on a non-Alpine base, where
    /// bash features fail (Debian's /bin/sh is dash).</summary>
    public static bool IsPlainSh(ReviewContext context, Instruction run)
    {
        if (run.Script is null || run.IsJsonForm || run.Shell.Count == 0)
            return false;
        var program = run.Shell[0][(run.Shell[0].LastIndexOf('/') + 1)..];
        if (program is not ("sh" or "dash"))
            return false;
        var stage = context.StageOf(run);
        for (var depth = 0; stage?.BaseStage is { } b && depth < 64; depth++)
            stage = context.Document.Stages[b];
        return stage is null || !stage.ResolvedBaseImage.Contains("alpine", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The commands of <c>RUN</c>s under plain sh.</summary>
    public static IEnumerable<(Instruction Run, ShellCommand Command)> ShCommands(ReviewContext context) =>
        context.Commands.Where(rc => IsPlainSh(context, rc.Run) && !HasBashHeredoc(rc.Run));

    // A heredoc that starts with a bash shebang runs under bash, not sh.
    private static bool HasBashHeredoc(Instruction run) =>
        run.Heredocs.Count > 0 && run.Heredocs[0].Content.StartsWith("#!", StringComparison.Ordinal) &&
        run.Heredocs[0].Content.Split('\n')[0].Contains("bash", StringComparison.Ordinal);
}
