namespace DockerMastery.Mcp.Tools;

/// <summary>The structured answer of <c>review_dockerfile</c>.</summary>
/// <param name="Findings">Findings ordered by line.</param>
/// <param name="Errors">How many at error level.</param>
/// <param name="Warnings">How many at warning level.</param>
/// <param name="Infos">How many at info level.</param>
/// <param name="Styles">How many at style level.</param>
/// <param name="Score">0-100: 100 minus 15 per error, 7 per warning, 2 per info, 1 per style.</param>
/// <param name="Verdict">One sentence.</param>
/// <param name="Passes">True when no finding at warning level or above remains.</param>
/// <param name="FixedDockerfile">With <c>fix: true</c>: the Dockerfile with every safe automatic
/// fix applied; otherwise null.</param>
/// <param name="Diff">With <c>fix: true</c>: a unified diff from the input to the fixed file.</param>
public sealed record DockerfileReview(
    IReadOnlyList<ReviewedFinding> Findings, int Errors, int Warnings, int Infos, int Styles,
    int Score, string Verdict, bool Passes, string? FixedDockerfile, string? Diff);
