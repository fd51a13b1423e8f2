namespace DockerMastery.Mcp.Tools;

/// <summary>One ranked section returned by <c>search_skill</c>.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="File">The file inside <c>skill/</c>.</param>
/// <param name="Line">The heading's 1-based line in that file.</param>
/// <param name="Score">The BM25 score; higher is better.</param>
/// <param name="Excerpt">A short piece of the section around the matched words.</param>
/// <param name="Uri">The resource URI of just this section (file URI plus #anchor).</param>
public sealed record SkillMatch(
    string Heading, string File, int Line, double Score, string Excerpt, string Uri);
