using DockerMastery.Core.Skill;
using DockerMastery.Core.Tiers;

namespace DockerMastery.Core.Tests.Skill;

/// <summary>The loader and search against the skill as it ships.</summary>
public sealed class EmbeddedSkillTests
{
    private static readonly SkillLibrary Skill = SkillLibrary.Default;

    [Fact]
    public void Skill_md_loads_with_its_front_matter()
    {
        var skill = Skill.Find("SKILL.md");

        Assert.NotNull(skill);
        Assert.Null(skill.FrontMatterError);
        Assert.Equal("docker-mastery", skill.FrontMatter["name"]);
        Assert.False(string.IsNullOrWhiteSpace(skill.FrontMatter["description"]));
        Assert.True(skill.LineCount < 500, $"SKILL.md has {skill.LineCount} lines");
        Assert.True(skill.Sections.Count > 5);
    }

    [Fact]
    public void Every_reference_the_tier_table_names_ships()
    {
        var named = TierTable.References.SelectMany(r => r).Distinct().ToArray();
        Assert.All(named, path => Assert.NotNull(Skill.Find(path)));
    }

    [Fact]
    public void Read_only_root_filesystem_finds_the_hardening_section_first()
    {
        var first = Skill.Search.Find("read-only root filesystem")[0];

        Assert.Equal("references/security-hardening.md", first.Section.Path);
        Assert.Contains("read-only", first.Section.Heading, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_markdown_section_has_a_unique_anchor_within_its_file()
    {
        foreach (var document in Skill.Documents.Where(d => d.IsMarkdown))
        {
            var slugs = document.Sections.Select(s => s.Slug).ToArray();
            Assert.All(slugs, s => Assert.False(string.IsNullOrEmpty(s), document.Path));
            Assert.Equal(slugs.Length, slugs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
