namespace DockerMastery.Mcp.Tools;

/// <summary>The structured answer of <c>search_skill</c>.</summary>
/// <param name="Query">The query as received.</param>
/// <param name="SectionsSearched">How many sections the index holds.</param>
/// <param name="Matches">The best sections, best first; empty when nothing matched.</param>
public sealed record SkillSearchResult(
    string Query, int SectionsSearched, IReadOnlyList<SkillMatch> Matches);
