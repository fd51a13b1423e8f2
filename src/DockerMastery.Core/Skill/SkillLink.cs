namespace DockerMastery.Core.Skill;

/// <summary>A link or image in a skill document.</summary>
/// <param name="Target">The link destination as written, e.g. <c>references/x.md#y</c>.</param>
/// <param name="Line">The 1-based line the link is on.</param>
/// <param name="IsImage">Whether the link is an image.</param>
public sealed record SkillLink(string Target, int Line, bool IsImage);
