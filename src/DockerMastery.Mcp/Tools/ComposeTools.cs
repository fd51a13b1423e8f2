using System.ComponentModel;
using System.Text;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Yaml;
using DockerMastery.Core.Generation;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>The Compose tools: generate a production stack, review any compose file.</summary>
[McpServerToolType]
public static class ComposeTools
{
    private const int MaxText = YamlSourceReader.MaxLength;

    /// <summary>generate_compose: compose.yaml, compose.override.yaml and .env.example.</summary>
    [McpServerTool(Name = "generate_compose", UseStructuredContent = true,
        OutputSchemaType = typeof(ComposeGenerationResult))]
    [Description("Generates a production Compose stack for an app and the services beside it: " +
        "compose.yaml (healthchecks with real probes, depends_on service_healthy, restart " +
        "policies, resource limits, log rotation, secrets as files, internal data network, " +
        "tier 3 hardening), compose.override.yaml for development (bind mount, hot reload, " +
        "debug ports, data ports on 127.0.0.1) and .env.example, plus the proxy and monitoring " +
        "config files. Call after generate_dockerfile when the app needs a database, cache, " +
        "broker, reverse proxy or monitoring (tier 2 and above). Returns the files, the " +
        "assumptions made and the project's own review of them (empty when clean).")]
    public static CallToolResult GenerateCompose(
        [Description("The app's language: python, node, go, rust, java or dotnet.")]
        string language,
        [Description("Services beside the app, any of: postgres, mysql, mariadb, redis, valkey, " +
            "mongodb, rabbitmq, nginx, traefik, monitoring (Prometheus, Grafana, Loki under the " +
            "monitoring profile). One relational database, one key-value store, one proxy.")]
        string[]? services = null,
        [Description("The framework (fastapi, flask, django, express, nestjs, nextjs...): picks " +
            "the development reload command. Omit when none.")]
        string? framework = null,
        [Description("The port the app listens on inside its container (1-65535).")]
        int port = 8000,
        [Description("The skill's tier, 1-4. 3 and above adds read_only, tmpfs, cap_drop ALL, " +
            "no-new-privileges and fixed non-root users to every service.")]
        int tier = 2,
        [Description("Compose project name: lower-case letters, digits, '-' and '_'.")]
        string projectName = "app",
        [Description("The app's service name (lower-case letters, digits, '.', '-', '_').")]
        string appName = "app",
        [Description("A prebuilt app image to run instead of building the Dockerfile beside " +
            "compose.yaml (e.g. ghcr.io/acme/api; without a tag, APP_TAG from .env is used).")]
        string? appImage = null,
        [Description("The app's health route, probed by its healthcheck, e.g. /health.")]
        string healthPath = "/health",
        [Description("What the app starts from, for the reload command: a Python module " +
            "(main:app) or a Node file (src/server.js).")]
        string? entrypoint = null,
        [Description("GPUs to reserve for the app: 0 none, -1 all, or a count.")]
        int gpus = 0)
    {
        ComposeStack stack;
        try
        {
            stack = ComposeGenerator.Generate(new ComposeRequest
            {
                Language = language, Services = ComposeServiceNames.Parse(services),
                Framework = framework, Port = port, Tier = tier,
                ProjectName = projectName, AppName = appName, AppImage = appImage,
                HealthPath = healthPath, Entrypoint = entrypoint, Gpus = gpus,
            });
        }
        catch (ComposeInputException e)
        {
            throw ToolOutput.BadInput(e.Field, e.Problem);
        }

        var result = new ComposeGenerationResult(
            stack.Files, stack.Assumptions, stack.Review.Select(ComposeFindingView.From).ToArray());
        var text = new StringBuilder();
        foreach (var file in stack.Files)
            text.Append("=== ").Append(file.Path).Append(" " +
                "(").Append(file.Description).Append(")\n").Append(file.Content).Append('\n');
        text.Append("Assumptions:\n");
        foreach (var assumption in stack.Assumptions)
            text.Append("- ").Append(assumption).Append('\n');
        text.Append(stack.Review.Count == 0
            ? "Review: clean.\n"
            : $"Review: {stack.Review.Count} findings.\n");
        return ToolOutput.Create(result, text.ToString());
    }

    /// <summary>review_compose: schema, semantic checks and rules on a compose file.</summary>
    [McpServerTool(Name = "review_compose", UseStructuredContent = true,
        OutputSchemaType = typeof(ComposeReviewResult))]
    [Description("Reviews a compose file: YAML syntax and the Compose Specification's JSON " +
        "schema (errors with line and column), semantic checks (undefined networks, volumes, " +
        "secrets or services, depends_on cycles, duplicate host ports, interpolation without " +
        "default) and rules DC2xx (privileged, Docker socket, host namespaces, :latest images, " +
        "missing healthcheck/restart/limits, secrets in environment, data ports on 0.0.0.0, " +
        "container_name with replicas, depends_on without condition) and DC3xx style. Returns " +
        "findings (rule id, severity, line, column, service, message, fix) and a summary.")]
    public static CallToolResult ReviewCompose(
        [Description("The compose file's full text (YAML), at most 1 MiB.")]
        string text,
        [Description("When the file is an override (compose.override.yaml), the text of the " +
            "compose.yaml it extends, so names defined there count and its services are not " +
            "judged incomplete.")]
        string? baseText = null,
        [Description("Rule ids to skip, e.g. [\"DC305\"].")]
        string[]? ignore = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw ToolOutput.BadInput("text", "is empty; pass the compose file's content");
        if (text.Length > MaxText)
            throw ToolOutput.BadInput("text",
                $"is {text.Length} characters; at most {MaxText} are reviewed");
        if (baseText is { Length: > MaxText })
            throw ToolOutput.BadInput("baseText",
                $"is {baseText.Length} characters; at most {MaxText}");
        foreach (var id in ignore ?? [])
        {
            if (ComposeReviewer.Rule(id) is null)
                throw ToolOutput.BadInput("ignore",
                    $"'{id}' is not a compose rule id (DC100-DC305)");
        }

        ComposeReview review;
        try
        {
            review = ComposeReviewer.Review(text, baseText is null ? null : [baseText], ignore);
        }
        catch (YamlSyntaxException e)
        {
            throw ToolOutput.BadInput("baseText", e.Message);
        }

        var result = new ComposeReviewResult(
            review.Findings.Select(ComposeFindingView.From).ToArray(), review.Summary,
                review.HasWarnings);
        return ToolOutput.Create(result, ComposeReportText.Text(review, "compose.yaml"));
    }
}
