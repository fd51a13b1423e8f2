namespace DockerMastery.Core.Review;

/// <summary>Counts per severity, a 0-100 score and a one-line verdict.</summary>
/// <param name="Errors">Findings at error level.</param>
/// <param name="Warnings">Findings at warning level.</param>
/// <param name="Infos">Findings at info level.</param>
/// <param name="Styles">Findings at style level.</param>
/// <param name="Score">100 minus 15 per error, 7 per warning, 2 per info and 1 per style
/// finding, never below 0.</param>
/// <param name="Verdict">One sentence for a person reading the result.</param>
public sealed record ReviewSummary(
    int Errors, int Warnings, int Infos, int Styles, int Score, string Verdict)
{
    /// <summary>Builds the summary of <paramref name="findings"/>.</summary>
    public static ReviewSummary Of(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        var styles = findings.Count(f => f.Severity == Severity.Style);
        var score = Math.Max(0, 100 - errors * 15 - warnings * 7 - infos * 2 - styles);
        var verdict = (errors, warnings, infos + styles) switch
        {
            (0, 0, 0) => "No findings: the Dockerfile follows every rule checked.",
            (0, 0, var minor) => $"No errors or warnings; {minor} minor suggestion(s).",
            (0, var w, _) => $"{w} warning(s) to fix before production.",
            var (e, w, _) => $"{e} error(s) and {w} warning(s): fix the errors first.",
        };
        return new ReviewSummary(errors, warnings, infos, styles, score, verdict);
    }
}
