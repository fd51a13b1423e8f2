using System.ComponentModel;
using System.Text;
using DockerMastery.Core.Review;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>The Dockerfile reviewer as MCP tools: <c>review_dockerfile</c> and
/// <c>explain_rule</c> (which also explains the compose rules).</summary>
[McpServerToolType]
public static class ReviewTools
{
    /// <summary>The largest Dockerfile accepted, in UTF-8 bytes (1 MiB).</summary>
    public const int MaxDockerfileBytes = 1024 * 1024;

    /// <summary>Reviews a Dockerfile.</summary>
    [McpServerTool(Name = "review_dockerfile", Title = "Review a Dockerfile", ReadOnly = true,
        Idempotent = true, OpenWorld = false, UseStructuredContent = true,
        OutputSchemaType = typeof(DockerfileReview))]
    [Description("Reviews a Dockerfile like hadolint plus BuildKit's checks and docker-mastery's " +
        "production standards (non-root user, pinned bases and packages, secrets, cache " +
        "cleanup, multi-stage builds, health checks, exec-form CMD). Call it on every " +
        "Dockerfile you write or are shown. Returns findings (rule id, severity, line, message, " +
        "how to fix, a docs URI to read with resources/read or explain_rule), counts, a 0-100 " +
        "score and, with fix=true, the Dockerfile with safe automatic fixes and a diff.")]
    public static CallToolResult ReviewDockerfile(
        [Description("The full Dockerfile text (up to 1 MiB).")] string dockerfile,
        [Description("Optional: the build context's file paths, relative to the context root. " +
            "Enables the .dockerignore check (DM004).")] string[]? contextFiles = null,
        [Description("Optional: the text of the context's .dockerignore, to check what it " +
            "leaves in the context.")] string? dockerignore = null,
        [Description("Optional: rule ids to skip, e.g. [\"DL3008\"].")] string[]? ignore = null,
        [Description("true to also return the Dockerfile with every safe automatic fix " +
            "applied, and a unified diff.")] bool fix = false)
    {
        if (string.IsNullOrWhiteSpace(dockerfile))
            throw ToolOutput.BadInput("dockerfile", "is empty; pass the Dockerfile's full text.");
        var size = Encoding.UTF8.GetByteCount(dockerfile);
        if (size > MaxDockerfileBytes)
            throw ToolOutput.BadInput("dockerfile",
                $"is {size} bytes; the limit is {MaxDockerfileBytes} bytes (1 MiB).");
        foreach (var id in ignore ?? [])
        {
            if (RuleCatalog.Find(id) is null)
                throw ToolOutput.BadInput("ignore", $"'{id}' is not a known rule id.");
        }

        var options = new ReviewOptions
        {
            ContextFiles = contextFiles,
            DockerIgnore = dockerignore,
            Ignored = ignore ?? [],
        };
        var result = DockerfileReviewer.Review(dockerfile, options);
        string? fixedText = null;
        string? diff = null;
        if (fix)
        {
            fixedText = DockerfileFixer.Fix(dockerfile, options);
            diff = UnifiedDiff.Create(dockerfile, fixedText, "Dockerfile");
        }

        var summary = result.Summary;
        var review = new DockerfileReview(
            result.Findings.Select(ReviewedFinding.From).ToArray(), summary.Errors,
            summary.Warnings, summary.Infos, summary.Styles, summary.Score, summary.Verdict,
            !result.Fails(Severity.Warning), fixedText, diff);
        return ToolOutput.Create(review, Describe(review));
    }

    /// <summary>Explains one rule, Dockerfile or compose.</summary>
    [McpServerTool(Name = "explain_rule", Title = "Explain a review rule", ReadOnly = true,
        Idempotent = true, OpenWorld = false, UseStructuredContent = true,
        OutputSchemaType = typeof(RuleExplanation))]
    [Description("Explains a review rule by id: a Dockerfile rule of review_dockerfile " +
        "(DL3008, SC2086, DM001, SecretsUsedInArgOrEnv, ...) or a compose rule of " +
        "review_compose (DC100-DC305, e.g. DC201). Returns what it checks, why it matters, a " +
        "bad and a good example, and how to fix it. Use it when a finding needs explaining " +
        "to the user.")]
    public static CallToolResult ExplainRule(
        [Description("The rule id or alias, case-insensitive, e.g. \"DL3008\" or \"DC201\".")]
        string id)
    {
        if (string.IsNullOrWhiteSpace(id))
            throw ToolOutput.BadInput("id", "is empty; pass a rule id such as DL3008 or DC201.");
        var explanation = RuleBook.Find(id) ?? throw ToolOutput.BadInput("id",
            $"'{id}' is not a known rule; ids look like DL3008, SC2086, DM001, " +
            "SecretsUsedInArgOrEnv or (compose) DC201 (resource docker-mastery://rules/index " +
            "lists them all).");
        return ToolOutput.Create(explanation, explanation.Documentation);
    }

    private static string Describe(DockerfileReview review)
    {
        var text = new StringBuilder()
            .Append("Score ").Append(review.Score).Append("/100. ").AppendLine(review.Verdict);
        foreach (var finding in review.Findings)
        {
            text.Append("- line ").Append(finding.Line).Append(' ').Append(finding.RuleId)
                .Append(" [").Append(finding.Severity).Append("] ").Append(finding.Message)
                .Append(" Fix: ").Append(finding.Fix).Append(" (").Append(finding.DocsUri).AppendLine(")");
        }

        if (review.Diff is { Length: > 0 } diff)
            text.AppendLine().AppendLine("Automatic fixes:").AppendLine(diff);
        return text.ToString();
    }
}
