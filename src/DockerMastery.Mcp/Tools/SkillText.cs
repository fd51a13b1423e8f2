namespace DockerMastery.Mcp.Tools;

/// <summary>The structured answer of <c>read_skill</c>.</summary>
/// <param name="File">The file inside <c>skill/</c>.</param>
/// <param name="Uri">The resource URI of what was read.</param>
/// <param name="Section">The section's anchor, or null for the whole file.</param>
/// <param name="Text">The text.</param>
/// <param name="Sections">The anchors of the file's sections, to read one of them next.</param>
public sealed record SkillText(
    string File, string Uri, string? Section, string Text, IReadOnlyList<string> Sections);
