using DockerMastery.Core.Skill;

namespace DockerMastery.Core.Tests.Skill;

public sealed class SkillLibraryTests
{
    private const string Reference =
        """
        ---
        name: hardening
        description: How to harden images.
        ---
        # Security hardening

        Intro with a [link](other.md#x) and ![img](pic.png).

        ## Non-root user

        Use `USER 1001`.

        ```dockerfile
        # Not a heading: inside a fence
        FROM scratch
        ```

        ### UID choice

        Pick 1001.

        ## Read-only root filesystem

        Mount tmpfs on /tmp.

        ## Non-root user

        A duplicate heading gets its own anchor.
        """;

    private static SkillLibrary Library() => SkillLibrary.FromFiles(new Dictionary<string, string>
    {
        ["references/security-hardening.md"] = Reference,
        ["assets/templates/dockerfile_go.Dockerfile"] = "FROM golang\n",
        ["SKILL.md"] = "---\nname: [unclosed\n---\n# Skill\n",
    });

    [Fact]
    public void Sections_have_headings_levels_anchors_and_lines()
    {
        var document = Library().Find("references/security-hardening.md")!;

        Assert.Equal(
            ["security-hardening", "non-root-user", "uid-choice", "read-only-root-filesystem",
                "non-root-user-1"],
            document.Sections.Select(s => s.Slug).ToArray());
        var nonRoot = document.Sections[1];
        Assert.Equal(("Non-root user", 2, 9), (nonRoot.Heading, nonRoot.Level, nonRoot.Line));
        Assert.Equal(17, nonRoot.BodyEndLine);
        Assert.Equal(21, nonRoot.EndLine);
        Assert.Equal("Security hardening", document.Title);
        Assert.DoesNotContain(document.Sections,
            s => s.Heading.StartsWith("Not a heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_text_includes_subsections_and_body_stops_at_the_next_heading()
    {
        var document = Library().Find("references/security-hardening.md")!;
        var nonRoot = document.FindSection("NON-ROOT-USER")!;

        var text = document.SectionText(nonRoot);
        Assert.StartsWith("## Non-root user\n", text, StringComparison.Ordinal);
        Assert.Contains("Pick 1001.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read-only", text, StringComparison.Ordinal);
        var body = document.SectionBody(nonRoot);
        Assert.DoesNotContain("Pick 1001.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_and_links_are_read_and_bad_front_matter_is_reported()
    {
        var library = Library();
        var document = library.Find("references/security-hardening.md")!;
        Assert.Equal("How to harden images.", document.FrontMatter["description"]);
        Assert.Null(document.FrontMatterError);
        Assert.Equal(
            [("other.md#x", 7, false), ("pic.png", 7, true)],
            document.Links.Select(l => (l.Target, l.Line, l.IsImage)).ToArray());

        var skill = library.Find("SKILL.md")!;
        Assert.NotNull(skill.FrontMatterError);
        Assert.StartsWith("front matter line", skill.FrontMatterError, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_markdown_files_have_text_only()
    {
        var template = Library().Find("assets/templates/dockerfile_go.Dockerfile")!;
        Assert.False(template.IsMarkdown);
        Assert.Empty(template.Sections);
        Assert.Equal("FROM golang\n", template.Text);
        Assert.Equal("dockerfile_go.Dockerfile", template.FileName);
    }

    [Theory]
    [InlineData("../x.md")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.md")]
    [InlineData("")]
    public void Paths_must_stay_inside_the_skill(string path) =>
        Assert.Throws<ArgumentException>(() =>
            SkillLibrary.FromFiles(new Dictionary<string, string> { [path] = "x" }));

    [Fact]
    public void Embedded_skill_matches_the_repository_folder_file_for_file()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null &&
            !File.Exists(Path.Combine(root.FullName, "DockerMastery.Mcp.sln")))
            root = root.Parent;
        Assert.NotNull(root);
        var folder = Path.Combine(root.FullName, "skill");
        var onDisk = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains("__pycache__", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

        var embedded = SkillLibrary.Default.Documents.Select(d => d.Path).ToArray();
        Assert.Equal(onDisk, embedded);
        foreach (var path in onDisk)
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(folder, path)),
                SkillLibrary.Default.Find(path)!.Text);
        }
    }
}
