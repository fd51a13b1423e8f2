using System.ComponentModel;
using System.Text;
using DockerMastery.Core.Skill;
using DockerMastery.Core.Tiers;
using DockerMastery.Mcp.Resources;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>The <c>select_tier</c> tool: the skill's tier decision tree.</summary>
[McpServerToolType]
public static class TierTools
{
    /// <summary>Chooses the tier for the user's requirements.</summary>
    [McpServerTool(Name = "select_tier", Title = "Select the container setup tier",
        ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(TierSelection))]
    [Description(
        "Call this first when a user wants to containerize something. Pass what you know " +
        "about the system (leave out what you don't); returns the tier 1-4 (1 single " +
        "container, 2 compose stack, 3 hardened production with CI and a private registry, " +
        "4 enterprise: multi-arch, supply chain, compliance), the reasons, the defaults that " +
        "apply (and which were assumed, so you can confirm them with the user), what the " +
        "tier delivers, and which skill references to read next (resource URIs).")]
    public static async Task<CallToolResult> SelectTier(
        McpServer server,
        SkillLibrary library,
        ILogger<TierSelection> logger,
        [Description("Containers the system runs (services x replicas), e.g. 1, 4, 30.")]
        int? containerCount = null,
        [Description("Developers building and shipping images for it, e.g. 1, 8, 200.")]
        int? teamSize = null,
        [Description("Where it runs: learning, dev, small-team, staging, production, " +
            "enterprise or platform.")]
        string? scale = null,
        [Description("Security needs: basic, non-root, dockerignore, scanning, signing, " +
            "secrets, read-only-rootfs, resource-limits, sbom, slsa, provenance, " +
            "runtime-monitoring (or none).")]
        string[]? security = null,
        [Description("Compliance frameworks: soc2, hipaa, pci-dss, fedramp, iso27001, gdpr, " +
            "nist-800-190, cis (or none).")]
        string[]? compliance = null,
        [Description("True when images must run on more than one CPU architecture.")]
        bool? multiArch = null,
        [Description("Target registry: dockerhub, ghcr, ecr, gcr, acr, harbor, artifactory, " +
            "quay or private.")]
        string? registry = null,
        [Description("CI/CD platform: github-actions, gitlab-ci, jenkins, circleci, " +
            "azure-pipelines or none.")]
        string? ci = null,
        CancellationToken cancellationToken = default)
    {
        var requirements = new TierRequirements
        {
            ContainerCount = containerCount,
            TeamSize = teamSize,
            Scale = scale,
            Security = security ?? [],
            Compliance = compliance ?? [],
            MultiArch = multiArch,
            Registry = registry,
            Ci = ci,
        };

        if (IsEmpty(requirements))
            requirements = await AskAsync(server, logger, requirements, cancellationToken);

        TierDecision decision;
        try
        {
            decision = TierAdvisor.Decide(requirements);
        }
        catch (TierInputException ex)
        {
            throw ToolOutput.BadInput(ex.Field, ex.Problem);
        }

        var selection = ToSelection(decision, library);
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("select_tier chose tier {Tier}", decision.Tier);
        return ToolOutput.Create(selection, Describe(selection));
    }

    /// <summary>Shapes a decision for the tool, resolving references to resource URIs.</summary>
    internal static TierSelection ToSelection(TierDecision decision, SkillLibrary library) =>
        new(
            decision.Tier,
            decision.Name,
            decision.Reasons,
            decision.Defaults,
            decision.Defaults.Where(d => d.Assumed)
                .Select(d => $"{d.Setting}: {d.Value}").ToArray(),
            decision.Deliverables,
            decision.References
                .Select(path => new SkillPointer(
                    path, SkillUris.ForPath(path), library.Find(path) is not null))
                .ToArray());

    private static bool IsEmpty(TierRequirements r) =>
        r is { ContainerCount: null, TeamSize: null, Scale: null } &&
        r is { MultiArch: null, Registry: null, Ci: null } &&
        r.Security.Count == 0 && r.Compliance.Count == 0;

    // With nothing to go on, ask the user when the client can; otherwise the defaults stand.
    private static async Task<TierRequirements> AskAsync(
        McpServer server,
        ILogger logger,
        TierRequirements requirements,
        CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Elicitation is null)
            return requirements;

        try
        {
            var answer = await server.ElicitAsync<TierQuestions>(
                "To pick the right container setup, how big is the system and where does it run?",
                cancellationToken: cancellationToken);
            if (!answer.IsAccepted || answer.Content is null)
                return requirements;

            return requirements with
            {
                ContainerCount = answer.Content.ContainerCount,
                Scale = answer.Content.Scale,
            };
        }
        catch (Exception ex) when (ex is McpException or InvalidOperationException)
        {
            logger.LogWarning("select_tier could not ask the client ({Error}); using defaults",
                ex.GetType().Name);
            return requirements;
        }
    }

    private static string Describe(TierSelection selection)
    {
        var text = new StringBuilder();
        text.AppendLine($"Tier {selection.Tier}: {selection.Name}");
        text.AppendLine();
        text.AppendLine("Why:");
        foreach (var reason in selection.Reasons)
            text.AppendLine($"- {reason.Field}: {reason.Explanation}");
        text.AppendLine();
        text.AppendLine("Defaults:");
        foreach (var item in selection.Defaults)
            text.AppendLine($"- {item.Setting}: {item.Value}{(item.Assumed ? " (assumed)" : "")}");
        text.AppendLine();
        text.AppendLine("Delivers:");
        foreach (var deliverable in selection.Deliverables)
            text.AppendLine($"- {deliverable}");
        text.AppendLine();
        text.AppendLine("Read next:");
        foreach (var reference in selection.References)
        {
            var missing = reference.Available ? "" : " (not in this build)";
            text.AppendLine($"- {reference.Uri}{missing}");
        }

        return text.ToString();
    }
}
