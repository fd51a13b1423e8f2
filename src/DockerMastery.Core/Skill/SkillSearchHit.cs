namespace DockerMastery.Core.Skill;

/// <summary>One ranked answer of <see cref="SkillSearch"/>.</summary>
/// <param name="Section">The section that matched.</param>
/// <param name="Score">The BM25 score; higher is better.</param>
/// <param name="Excerpt">A short piece of the section's text around the first matched term.</param>
public sealed record SkillSearchHit(SkillSection Section, double Score, string Excerpt);
