namespace DockerMastery.Integration.Tests.Samples;

/// <summary>A tier of a sample whose generated Dockerfile cannot be built here, and the text
/// in that Dockerfile that proves it still needs what is missing (a test re-checks it, so the
/// case comes back into the matrix as soon as the generator stops needing it).</summary>
/// <param name="Tiers">The tiers it applies to.</param>
/// <param name="Marker">Text the generated Dockerfile contains while the limit holds.</param>
/// <param name="Reason">What is unreachable or missing here.</param>
public sealed record TierLimit(IReadOnlyList<int> Tiers, string Marker, string Reason);
