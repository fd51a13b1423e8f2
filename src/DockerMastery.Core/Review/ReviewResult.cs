namespace DockerMastery.Core.Review;

/// <summary>The outcome of a review: findings ordered by line, and a summary.</summary>
/// <param name="Findings">Every finding left after pragmas and configuration.</param>
/// <param name="Summary">Counts, score and verdict.</param>
public sealed record ReviewResult(IReadOnlyList<Finding> Findings, ReviewSummary Summary)
{
    /// <summary>True when a finding at <paramref name="threshold"/> or more severe remains.</summary>
    public bool Fails(Severity threshold) => Findings.Any(f => f.Severity <= threshold);
}
