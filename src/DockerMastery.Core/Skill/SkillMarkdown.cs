using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DockerMastery.Core.Skill;

/// <summary>Reads one skill file into a <see cref="SkillDocument"/> with Markdig.</summary>
internal static class SkillMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    public static SkillDocument Read(string path, string text)
    {
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return new SkillDocument(path, text, new Dictionary<string, string>(), null, [], []);

        var markdown = Markdown.Parse(text, Pipeline);
        var (frontMatter, error) = ReadFrontMatter(markdown);
        var lineCount = text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
        return new SkillDocument(
            path, text, frontMatter, error, ReadSections(path, markdown, lineCount),
            ReadLinks(markdown));
    }

    private static (IReadOnlyDictionary<string, string>, string?) ReadFrontMatter(
        MarkdownDocument markdown)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var block = markdown.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
            return (values, null);

        var yaml = block.Lines.ToString();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 ||
                stream.Documents[0].RootNode is not YamlMappingNode map)
                return (values, "front matter is not a YAML mapping");

            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
                    values[name] = scalar.Value ?? "";
            }

            return (values, null);
        }
        catch (YamlException ex)
        {
            return (values, $"front matter line {ex.Start.Line + block.Line + 1}: {ex.Message}");
        }
    }

    private static List<SkillSection> ReadSections(
        string path, MarkdownDocument markdown, int lineCount)
    {
        var headings = markdown.Descendants<HeadingBlock>().ToList();
        var sections = new List<SkillSection>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var line = heading.Line + 1;
            var bodyEnd = i + 1 < headings.Count ? headings[i + 1].Line : lineCount;
            var end = lineCount;
            for (var j = i + 1; j < headings.Count; j++)
            {
                if (headings[j].Level <= heading.Level)
                {
                    end = headings[j].Line;
                    break;
                }
            }

            var slug = heading.GetAttributes().Id ?? "";
            sections.Add(new SkillSection(
                path, PlainText(heading.Inline), heading.Level, slug, line, bodyEnd, end));
        }

        return sections;
    }

    private static List<SkillLink> ReadLinks(MarkdownDocument markdown) =>
        markdown.Descendants<LinkInline>()
            .Where(link => !string.IsNullOrEmpty(link.Url))
            .Select(link => new SkillLink(link.Url!, link.Line + 1, link.IsImage))
            .ToList();

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
            return "";

        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
