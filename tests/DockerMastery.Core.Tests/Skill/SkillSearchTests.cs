using DockerMastery.Core.Skill;

namespace DockerMastery.Core.Tests.Skill;

public sealed class SkillSearchTests
{
    private static readonly SkillLibrary Library =
        SkillLibrary.FromFiles(new Dictionary<string, string>
    {
        ["references/security-hardening.md"] =
            "# Security hardening\n\n## Non-root user\n\nUSER 1001; never root in production.\n\n" +
            "## Read-only root filesystem\n\nStart containers with --read-only and a tmpfs for " +
            "/tmp so nothing writes to the image's filesystem.\n",
        ["references/networking-storage.md"] =
            "# Networking and storage\n\n## Volumes\n\nA volume keeps data outside the container " +
            "filesystem. The root of the volume is owned by root unless you chown it. Filesystem " +
            "drivers differ.\n",
        ["references/performance-optimization.md"] =
            "# Performance\n\n## Cache mounts\n\nRUN --mount=type=cache,target=/root/.cache " +
            "keeps the package cache between builds.\n",
        ["assets/templates/x.Dockerfile"] = "# read-only root filesystem everywhere\n",
    });

    [Fact]
    public void Read_only_root_filesystem_finds_the_hardening_section_first()
    {
        var hits = Library.Search.Find("read-only root filesystem");

        Assert.Equal("Read-only root filesystem", hits[0].Section.Heading);
        Assert.Equal("references/security-hardening.md", hits[0].Section.Path);
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Contains("--read-only", hits[0].Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Plurals_and_verb_forms_match()
    {
        var hits = Library.Search.Find("caching mount");
        Assert.Equal("Cache mounts", hits[0].Section.Heading);
    }

    [Fact]
    public void Only_markdown_is_indexed_and_limits_and_prefixes_apply()
    {
        Assert.Equal(7, Library.Search.SectionCount);
        Assert.Single(Library.Search.Find("filesystem", limit: 1));
        Assert.All(Library.Search.Find("root", pathPrefix: "references/networking"),
            h => Assert.Equal("references/networking-storage.md", h.Section.Path));
        Assert.Empty(Library.Search.Find("kubernetes helm"));
        Assert.Empty(Library.Search.Find("the and of"));
    }

    [Fact]
    public void Long_sections_get_a_bounded_excerpt_around_the_match()
    {
        var filler = string.Concat(Enumerable.Repeat("filler words here. ", 100));
        var body = filler + "the SBOM is attested";
        var library = SkillLibrary.FromFiles(new Dictionary<string, string>
        {
            ["references/x.md"] = "# X\n\n## Supply chain\n\n" + body + "\n",
        });

        var hit = Assert.Single(library.Search.Find("sbom"));
        Assert.True(hit.Excerpt.Length <= 290, hit.Excerpt.Length.ToString());
        Assert.Contains("SBOM", hit.Excerpt, StringComparison.Ordinal);
        Assert.StartsWith("…", hit.Excerpt, StringComparison.Ordinal);
    }
}
