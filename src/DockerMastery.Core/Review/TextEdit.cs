namespace DockerMastery.Core.Review;

/// <summary>A replacement of whole physical lines, the unit of every automatic fix.</summary>
/// <param name="StartLine">First 1-based line replaced.</param>
/// <param name="EndLine">Last 1-based line replaced (inclusive).</param>
/// <param name="NewText">The text that replaces those lines, without a final newline.</param>
public sealed record TextEdit(int StartLine, int EndLine, string NewText);
