using System.ComponentModel;
using DockerMastery.Core.Tiers;

namespace DockerMastery.Mcp.Tools;

/// <summary>The structured answer of <c>select_tier</c>.</summary>
/// <param name="Tier">1 to 4.</param>
/// <param name="Name">The tier's name.</param>
/// <param name="Reasons">The requirements that set the tier, highest first.</param>
/// <param name="Defaults">The defaults table resolved for this tier.</param>
/// <param name="Assumed">The defaults taken because the user did not say (ask about these).</param>
/// <param name="Deliverables">What a setup at this tier includes.</param>
/// <param name="References">The skill files to read next, most relevant first.</param>
[Description("The chosen tier with its reasons, defaults, deliverables and references.")]
public sealed record TierSelection(
    int Tier,
    string Name,
    IReadOnlyList<TierReason> Reasons,
    IReadOnlyList<TierDefault> Defaults,
    IReadOnlyList<string> Assumed,
    IReadOnlyList<string> Deliverables,
    IReadOnlyList<SkillPointer> References);
