namespace DockerMastery.Core.Tiers;

/// <summary>The tier for a set of requirements and everything that follows from it.</summary>
/// <param name="Tier">1 (single container) to 4 (enterprise).</param>
/// <param name="Name">The tier's name, e.g. <c>Production</c>.</param>
/// <param name="Reasons">The requirements that set the tier, highest first; a single
/// "nothing asked for more" reason when none did.</param>
/// <param name="Defaults">The defaults table resolved for this tier.</param>
/// <param name="Deliverables">The files and settings a setup at this tier includes.</param>
/// <param name="References">Skill files to read next, most relevant first (paths inside
/// <c>skill/</c>).</param>
public sealed record TierDecision(
    int Tier,
    string Name,
    IReadOnlyList<TierReason> Reasons,
    IReadOnlyList<TierDefault> Defaults,
    IReadOnlyList<string> Deliverables,
    IReadOnlyList<string> References);
