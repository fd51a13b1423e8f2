using System.ComponentModel;
using System.Globalization;
using System.Text;
using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Resources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>
/// <c>search_skill</c> and <c>read_skill</c>: find and read the skill's guidance.
/// </summary>
[McpServerToolType]
public static class SkillTools
{
    private const int MaxQueryLength = 500;

    /// <summary>Ranks the skill's sections for a query.</summary>
    [McpServerTool(Name = "search_skill", Title = "Search the Docker skill",
        ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SkillSearchResult))]
    [Description(
        "Search the docker-mastery skill (SKILL.md and its references) for guidance on a " +
        "Docker topic, e.g. 'read-only root filesystem', 'cache mounts', 'cosign signing'. " +
        "Returns the best sections ranked by relevance, each with heading, file, a short " +
        "excerpt and the resource URI of that section; read one with read_skill or " +
        "resources/read.")]
    public static CallToolResult SearchSkill(
        SkillLibrary library,
        [Description("Words describing the topic, e.g. 'non-root user healthcheck'.")]
        string query,
        [Description("How many sections to return, 1-20 (default 5).")]
        int limit = 5)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw ToolOutput.BadInput("query", "is empty; pass the words to look for");
        if (query.Length > MaxQueryLength)
        {
            throw ToolOutput.BadInput(
                "query", $"is {query.Length} characters; at most {MaxQueryLength}");
        }

        if (limit is < 1 or > 20)
            throw ToolOutput.BadInput("limit", $"{limit} is outside 1..20");

        var search = library.Search;
        var matches = search.Find(query, limit)
            .Select(hit => new SkillMatch(
                hit.Section.Heading,
                hit.Section.Path,
                hit.Section.Line,
                Math.Round(hit.Score, 3),
                hit.Excerpt,
                SkillUris.ForSection(hit.Section)))
            .ToArray();
        var result = new SkillSearchResult(query, search.SectionCount, matches);
        return ToolOutput.Create(result, DescribeSearch(result));
    }

    /// <summary>Reads a skill file or one of its sections.</summary>
    [McpServerTool(Name = "read_skill", Title = "Read part of the Docker skill",
        ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SkillText))]
    [Description(
        "Read a file of the docker-mastery skill, whole or one section. For clients that do " +
        "not read MCP resources. Pass a resource URI from search_skill or select_tier (e.g. " +
        "docker-mastery://references/security-hardening#read-only-root-filesystem) or a path " +
        "inside the skill (e.g. references/compose-patterns.md) plus an optional section anchor.")]
    public static CallToolResult ReadSkill(
        SkillLibrary library,
        [Description("A docker-mastery:// URI, or a path such as SKILL.md or " +
            "references/security-hardening.md.")]
        string target,
        [Description("A section anchor (e.g. read-only-root-filesystem); overrides any " +
            "#anchor in target. Leave out to read the whole file.")]
        string? section = null)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw ToolOutput.BadInput("target", "is empty; pass a docker-mastery:// URI or a path");

        var uri = target.StartsWith(SkillUris.Prefix, StringComparison.Ordinal)
            ? target
            : SkillUris.ForPath(target.TrimStart('/'));
        if (!SkillUris.TryResolve(library, uri, out var document, out var anchor))
        {
            throw ToolOutput.BadInput("target",
                $"no skill file at '{Shorten(target)}'; files: " +
                string.Join(", ", library.Documents.Select(d => d.Path)));
        }

        anchor = string.IsNullOrWhiteSpace(section) ? anchor : section.Trim().TrimStart('#');
        var slugs = document.Sections.Select(s => s.Slug).ToArray();
        var text = document.Text;
        if (anchor is not null)
        {
            var found = document.FindSection(anchor) ?? throw ToolOutput.BadInput("section",
                $"'{Shorten(anchor)}' is not a section of {document.Path}; sections: " +
                string.Join(", ", slugs));
            text = document.SectionText(found);
        }

        var address = SkillUris.ForPath(document.Path) + (anchor is null ? "" : "#" + anchor);
        var result = new SkillText(document.Path, address, anchor, text, slugs);
        return ToolOutput.Create(result, text);
    }

    private static string DescribeSearch(SkillSearchResult result)
    {
        if (result.Matches.Count == 0)
        {
            return $"No section of the skill matches '{result.Query}' " +
                $"({result.SectionsSearched} sections searched).";
        }

        var text = new StringBuilder();
        foreach (var match in result.Matches)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{match.Heading} ({match.File}:{match.Line}, score {match.Score})");
            text.AppendLine(match.Uri);
            text.AppendLine(match.Excerpt);
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
