namespace DockerMastery.Core.Tiers;

/// <summary>
/// What a user told us about the system to containerize. Every field is optional: a missing
/// field gives no signal, and the defaults table fills in what is not known.
/// </summary>
public sealed record TierRequirements
{
    /// <summary>How many containers the system runs (services × replicas), 1 or more.</summary>
    public int? ContainerCount { get; init; }

    /// <summary>How many developers build and ship images for it, 1 or more.</summary>
    public int? TeamSize { get; init; }

    /// <summary>Where it runs: one of <see cref="TierVocabulary.Scales"/>.</summary>
    public string? Scale { get; init; }

    /// <summary>Security needs, each one of <see cref="TierVocabulary.SecurityNeeds"/>.</summary>
    public IReadOnlyList<string> Security { get; init; } = [];

    /// <summary>
    /// Compliance frameworks, each one of <see cref="TierVocabulary.Compliance"/>.
    /// </summary>
    public IReadOnlyList<string> Compliance { get; init; } = [];

    /// <summary>Whether images must run on more than one CPU architecture.</summary>
    public bool? MultiArch { get; init; }

    /// <summary>
    /// The registry images go to: one of <see cref="TierVocabulary.Registries"/>.
    /// </summary>
    public string? Registry { get; init; }

    /// <summary>The CI/CD platform: one of <see cref="TierVocabulary.CiPlatforms"/>.</summary>
    public string? Ci { get; init; }
}
