namespace DockerMastery.Mcp.Tools;

/// <summary>What review_compose returns.</summary>
/// <param name="Findings">Every finding in text order.</param>
/// <param name="Summary">Counts per severity, or "no findings".</param>
/// <param name="HasWarnings">True when a finding at warning or error level remains.</param>
public sealed record ComposeReviewResult(
    IReadOnlyList<ComposeFindingView> Findings, string Summary, bool HasWarnings);
