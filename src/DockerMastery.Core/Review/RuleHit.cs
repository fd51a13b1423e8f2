namespace DockerMastery.Core.Review;

/// <summary>Where a rule fired and what it says there; the reviewer adds severity and fix.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">The message, or null for the rule's title.</param>
/// <param name="Edit">A safe automatic fix, or null.</param>
public sealed record RuleHit(int Line, int Column, string? Message = null, TextEdit? Edit = null);
