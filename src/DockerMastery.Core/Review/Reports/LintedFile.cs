namespace DockerMastery.Core.Review.Reports;

/// <summary>A reviewed file: its path as given and the result.</summary>
/// <param name="Path">The path as the user named it (<c>-</c> for standard input).</param>
/// <param name="Result">The review result.</param>
public sealed record LintedFile(string Path, ReviewResult Result);
