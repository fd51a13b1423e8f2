namespace DockerMastery.Core.Skill;

/// <summary>
/// One heading of a skill document and the text under it. Line numbers are 1-based and refer
/// to the document's own text, so a finding or a search hit can point at the exact place.
/// </summary>
/// <param name="Path">The document's path inside <c>skill/</c>, e.g. <c>SKILL.md</c>.</param>
/// <param name="Heading">The heading text without the leading <c>#</c> marks.</param>
/// <param name="Level">The heading level, 1 to 6.</param>
/// <param name="Slug">The GitHub-style anchor, e.g. <c>read-only-root-filesystem</c>.</param>
/// <param name="Line">The heading's line.</param>
/// <param name="BodyEndLine">The last line before the next heading of any level.</param>
/// <param name="EndLine">The last line before the next heading of the same or a higher level,
/// so the section includes its subsections.</param>
public sealed record SkillSection(
    string Path, string Heading, int Level, string Slug, int Line, int BodyEndLine, int EndLine);
