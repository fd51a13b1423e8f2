namespace DockerMastery.Core.Tiers;

/// <summary>One row of the defaults table as it applies to the chosen tier.</summary>
/// <param name="Setting">What the default is for, e.g. <c>Registry</c>.</param>
/// <param name="Value">The value used.</param>
/// <param name="Assumed">True when the user did not say and the default was taken.</param>
public sealed record TierDefault(string Setting, string Value, bool Assumed);
