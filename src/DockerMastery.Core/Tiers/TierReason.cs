namespace DockerMastery.Core.Tiers;

/// <summary>One requirement and the tier it asks for.</summary>
/// <param name="Field">The requirement, e.g. <c>containerCount</c>.</param>
/// <param name="Tier">The lowest tier that meets it.</param>
/// <param name="Explanation">Why, in one sentence.</param>
public sealed record TierReason(string Field, int Tier, string Explanation);
