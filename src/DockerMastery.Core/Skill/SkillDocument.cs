namespace DockerMastery.Core.Skill;

/// <summary>
/// One file of the skill: its text and, for markdown, its front matter, sections and links.
/// Other files (Dockerfiles, YAML, scripts) carry their text only.
/// </summary>
public sealed class SkillDocument
{
    private readonly string[] _lines;

    internal SkillDocument(
        string path,
        string text,
        IReadOnlyDictionary<string, string> frontMatter,
        string? frontMatterError,
        IReadOnlyList<SkillSection> sections,
        IReadOnlyList<SkillLink> links)
    {
        Path = path;
        Text = text;
        FrontMatter = frontMatter;
        FrontMatterError = frontMatterError;
        Sections = sections;
        Links = links;
        _lines = text.Split('\n');
    }

    /// <summary>
    /// The path inside <c>skill/</c> with forward slashes, e.g. <c>references/x.md</c>.
    /// </summary>
    public string Path { get; }

    /// <summary>The file's full text.</summary>
    public string Text { get; }

    /// <summary>Whether the file is markdown (and so has sections).</summary>
    public bool IsMarkdown => Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without folders.</summary>
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Scalar values of the YAML front matter (empty when there is none).</summary>
    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>
    /// Why the front matter could not be read, or null when it was read or absent.
    /// </summary>
    public string? FrontMatterError { get; }

    /// <summary>The headings in document order.</summary>
    public IReadOnlyList<SkillSection> Sections { get; }

    /// <summary>The links in document order.</summary>
    public IReadOnlyList<SkillLink> Links { get; }

    /// <summary>The number of lines in the file.</summary>
    public int LineCount => Text.EndsWith('\n') ? _lines.Length - 1 : _lines.Length;

    /// <summary>
    /// The first level-1 heading, else the front matter name, else the file name.
    /// </summary>
    public string Title =>
        Sections.FirstOrDefault(s => s.Level == 1)?.Heading
        ?? (FrontMatter.TryGetValue("name", out var name) ? name : FileName);

    /// <summary>The section with the given anchor, or null.</summary>
    public SkillSection? FindSection(string slug) =>
        Sections.FirstOrDefault(s =>
            string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The section's text, heading line included, with its subsections.</summary>
    public string SectionText(SkillSection section) => Lines(section.Line, section.EndLine);

    /// <summary>
    /// The text under the section's heading, up to the next heading of any level.
    /// </summary>
    public string SectionBody(SkillSection section) =>
        section.BodyEndLine > section.Line ? Lines(section.Line + 1, section.BodyEndLine) : "";

    /// <summary>
    /// Lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive).
    /// </summary>
    public string Lines(int first, int last)
    {
        var from = Math.Max(1, first);
        var to = Math.Min(LineCount, last);
        if (from > to)
            return "";

        return string.Join('\n', _lines[(from - 1)..to]).TrimEnd('\r', '\n') + "\n";
    }
}
