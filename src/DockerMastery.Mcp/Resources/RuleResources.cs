using System.ComponentModel;
using System.Text;
using DockerMastery.Mcp.Tools;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Resources;

/// <summary>Every review rule's documentation, Dockerfile and compose, as a resource:
/// <c>docker-mastery://rules/{id}</c> (markdown); <c>{id}</c> = <c>index</c> gives the table
/// of all rules. One template, no direct
/// resources, so the rules do not crowd the skill's files in <c>resources/list</c>.</summary>
[McpServerResourceType]
public static class RuleResources
{
    /// <summary>The URI template of one rule's documentation.</summary>
    public const string Template = "docker-mastery://rules/{id}";

    /// <summary>The URI of the index.</summary>
    public const string IndexUri = "docker-mastery://rules/index";

    /// <summary>One rule's documentation.</summary>
    [McpServerResource(UriTemplate = Template, Name = "rule", Title = "Review rule",
        MimeType = "text/markdown")]
    [Description("The documentation of one review rule: what it checks, why it matters, a bad " +
        "and a good example, how to fix it. {id} is a Dockerfile rule id such as DL3008, SC2086, " +
        "DM001 or SecretsUsedInArgOrEnv (the docsUri of every review_dockerfile finding points " +
        "here) or a compose rule id of review_compose such as DC201; {id} = index lists every " +
        "rule.")]
    public static string Rule([Description("The rule id, case-insensitive, or index.")] string id)
    {
        if (string.Equals(id, "index", StringComparison.OrdinalIgnoreCase))
            return Index();
        var rule = RuleBook.Find(Uri.UnescapeDataString(id ?? "")) ??
            throw new McpProtocolException(
                $"No review rule '{id}' for {{id}}; {IndexUri} lists them all.",
                McpErrorCode.ResourceNotFound);
        return rule.Documentation;
    }

    /// <summary>The index of all rules: id, severity, source and title, each linking to its
    /// documentation resource.</summary>
    public static string Index()
    {
        var text = new StringBuilder()
            .AppendLine("# docker-mastery review rules").AppendLine()
            .AppendLine("| id | severity | source | title |")
            .AppendLine("| --- | --- | --- | --- |");
        foreach (var rule in RuleBook.All)
        {
            text.Append("| [").Append(rule.Id).Append("](").Append(rule.DocsUri).Append(") | ")
                .Append(rule.Severity).Append(" | ")
                .Append(rule.Source).Append(" | ")
                .Append(rule.Title.Replace("|", "\\|", StringComparison.Ordinal)).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>Rule ids starting with <paramref name="prefix"/>, for completing <c>{id}</c>.</summary>
    public static IReadOnlyList<string> CompleteId(string? prefix) => RuleBook
        .IdsStartingWith(prefix)
        .Take(100)
        .ToArray();
}
