using System.ComponentModel;
using System.Text;
using DockerMastery.Core.Tiers;
using DockerMastery.Mcp.Completions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Prompts;

/// <summary>The skill's common jobs as prompts: containerize, review, harden, migrate.</summary>
[McpServerPromptType]
public static class DockerPrompts
{
    /// <summary>The clarification flow, then generation and review.</summary>
    [McpServerPrompt(Name = "containerize", Title = "Containerize an application")]
    [Description("Containerize an application: asks only the clarifying questions still " +
        "open (application type, tier, language, registry, CI), applies the defaults table " +
        "to the rest, then selects the tier, generates and reviews the files.")]
    public static GetPromptResult Containerize(
        [Description("What is being containerized: web-app, api, worker, cli, multi-service, " +
            "ml-gpu or platform.")]
        string? application = null,
        [Description("Tier 1-4 if already decided (1 single container ... 4 enterprise).")]
        string? tier = null,
        [Description("Language: python, node, go, rust, java or dotnet (else detected).")]
        string? language = null,
        [Description("Registry: dockerhub, ghcr, ecr, gcr, acr, harbor, artifactory, quay, " +
            "private.")]
        string? registry = null,
        [Description("CI/CD: github-actions, gitlab-ci, jenkins, circleci, azure-pipelines, none.")]
        string? ci = null)
    {
        var known = new List<string>();
        var open = new List<string>();
        Note(known, open, "Application type",
            PromptText.Word("application", application, ArgumentCompletions.ApplicationTypes),
            "What are you containerizing? A web application or API, a worker, a CLI tool, a " +
            "multi-service stack (app + database + cache + proxy), an ML/GPU workload, or a " +
            "platform?");
        Note(known, open, "Tier", PromptText.Tier(tier)?.ToString(),
            "What scale? 1 single container (learning, dev, simple deployment), 2 compose " +
            "stack (several services, local or staging), 3 production (hardened, CI/CD, " +
            "private registry), 4 enterprise (multi-arch, supply chain, compliance).");
        Note(known, open, "Language", PromptText.Language(language),
            "Which language and framework? Detect it from the code first (pyproject.toml or " +
            "requirements.txt, package.json, go.mod, Cargo.toml, pom.xml or build.gradle, " +
            "*.csproj) and ask only if the code does not say.");
        Note(known, open, "Registry",
            PromptText.Word("registry", registry, TierVocabulary.Registries.Keys),
            "Where do images go? Docker Hub, GHCR, ECR, GCR/Artifact Registry, ACR, Harbor, " +
            "Artifactory, Quay or another private registry.");
        Note(known, open, "CI/CD", PromptText.Word("ci", ci, TierVocabulary.CiPlatforms),
            "Which CI/CD platform? GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure " +
            "Pipelines, or none.");

        var text = new StringBuilder();
        text.AppendLine("Containerize this application with the docker-mastery skill.");
        text.AppendLine();
        if (known.Count > 0)
        {
            text.AppendLine("Already decided:");
            known.ForEach(k => text.AppendLine($"- {k}"));
            text.AppendLine();
        }

        if (open.Count > 0)
        {
            text.AppendLine("Ask me these, in one message, and wait for my answer:");
            for (var i = 0; i < open.Count; i++)
                text.AppendLine($"{i + 1}. {open[i]}");
            text.AppendLine();
            text.AppendLine("Whatever I leave unanswered takes its default:");
        }
        else
        {
            text.AppendLine("Defaults for anything else:");
        }

        text.AppendLine();
        text.AppendLine(DefaultsTable);
        text.AppendLine();
        text.AppendLine(
            "Then: call detect_project on the project folder when you can reach it; call " +
            "select_tier with what you know; read the references it lists " +
            "(docker-mastery://references/{name}); call generate_dockerfile (and " +
            "generate_compose from tier 2); check every Dockerfile with review_dockerfile " +
            "and fix until it has no finding at warning or above. Finish with the files, " +
            "the build and run commands, and the list of assumptions you made.");
        return PromptText.User("Containerize with the clarification flow", text.ToString());
    }

    /// <summary>Reviews a Dockerfile with the server's reviewer.</summary>
    [McpServerPrompt(Name = "review", Title = "Review a Dockerfile")]
    [Description("Review a Dockerfile: runs review_dockerfile, explains each finding and " +
        "proposes a corrected Dockerfile.")]
    public static GetPromptResult Review(
        [Description("The Dockerfile's full text.")] string dockerfile)
    {
        var text = PromptText.Dockerfile(dockerfile);
        return PromptText.User("Review a Dockerfile",
            "Review the Dockerfile below with the docker-mastery skill.\n\n" +
            "1. Call review_dockerfile with its exact text.\n" +
            "2. For each finding give the rule id, the line, why it matters in production " +
            "and the fix.\n" +
            "3. Write the corrected Dockerfile and call review_dockerfile on it until no " +
            "finding at warning or above remains; say which findings you chose to keep and " +
            "why.\n\n" + PromptText.Fenced("dockerfile", text));
    }

    /// <summary>Hardens a Dockerfile for production.</summary>
    [McpServerPrompt(Name = "harden", Title = "Harden a Dockerfile")]
    [Description("Harden a Dockerfile for production: non-root user, minimal final stage, " +
        "pinned images, no secrets in layers, health check, read-only root filesystem.")]
    public static GetPromptResult Harden(
        [Description("The Dockerfile's full text.")] string dockerfile,
        [Description("Target tier 1-4 (default 3, production).")] string? tier = null)
    {
        var text = PromptText.Dockerfile(dockerfile);
        var target = PromptText.Tier(tier) ?? 3;
        return PromptText.User("Harden a Dockerfile",
            $"Harden the Dockerfile below for tier {target} " +
            $"({TierTable.Names[target - 1]}) with the docker-mastery skill. Read " +
            "docker-mastery://references/security-hardening first (search_skill finds the " +
            "sections). Apply, where the application allows:\n" +
            "- a multi-stage build whose final stage is " +
            $"{TierTable.FinalStages[Math.Max(target, 2) - 1]}, with no compilers or " +
            "package managers;\n" +
            "- a non-root USER with a numeric UID (1001) and files owned accordingly;\n" +
            "- base images pinned to a version tag and, from tier 3, a digest;\n" +
            "- no secrets in ARG, ENV or layers (BuildKit --mount=type=secret instead);\n" +
            "- exec-form ENTRYPOINT/CMD so the process receives SIGTERM;\n" +
            "- a HEALTHCHECK (or the reason the image cannot have one);\n" +
            "- a read-only root filesystem and dropped capabilities at run time (show the " +
            "docker run or compose settings).\n" +
            "Then call review_dockerfile on the result until no finding at warning or above " +
            "remains, and list every change with its reason.\n\n" +
            PromptText.Fenced("dockerfile", text));
    }

    /// <summary>Turns a single-stage Dockerfile into a multi-stage one.</summary>
    [McpServerPrompt(Name = "migrate_to_multistage", Title = "Migrate to a multi-stage build")]
    [Description("Rewrite a single-stage Dockerfile as a multi-stage build: toolchain and " +
        "dependencies in a build stage, only the runtime artifacts in the final stage.")]
    public static GetPromptResult MigrateToMultistage(
        [Description("The Dockerfile's full text.")] string dockerfile,
        [Description("Language: python, node, go, rust, java or dotnet (else inferred).")]
        string? language = null)
    {
        var text = PromptText.Dockerfile(dockerfile);
        var lang = PromptText.Language(language);
        return PromptText.User("Migrate to a multi-stage build",
            "Rewrite the Dockerfile below as a multi-stage build with the docker-mastery " +
            $"skill{(lang is null ? "" : $" (language: {lang})")}. Read " +
            "docker-mastery://references/multi-stage-builds first.\n" +
            "- Build stage: the toolchain, dependency manifests copied before the source so " +
            "the dependency layer caches, BuildKit cache mounts for the package manager.\n" +
            "- Optional test stage that runs the tests against the build stage.\n" +
            "- Final stage: the smallest base that runs the artifact (distroless, alpine or " +
            "scratch for static binaries), only the built artifacts copied in, non-root user, " +
            "exec-form entrypoint, health check.\n" +
            "Keep the application's behaviour (ports, environment, entrypoint) unchanged and " +
            "say where you could not. Call review_dockerfile on the result and compare the " +
            "expected image size before and after.\n\n" + PromptText.Fenced("dockerfile", text));
    }

    private const string DefaultsTable =
        """
        | Clarification | Default |
        | --- | --- |
        | Tier | 1 (single container) |
        | Base image | the language's official image |
        | Final stage | official image (tier 1), Alpine (tier 2), distroless (tier 3+) |
        | Registry | Docker Hub |
        | CI/CD | GitHub Actions |
        | Architecture | linux/amd64 (multi-arch at tier 4) |
        | User | non-root, UID >= 1000 (10001; 65532 on distroless; 1654 for .NET) |
        | Health check | HEALTHCHECK at every tier; compose healthchecks from tier 2 |
        """;

    private static void Note(
        List<string> known, List<string> open, string label, string? value, string question)
    {
        if (value is null)
            open.Add(question);
        else
            known.Add($"{label}: {value}");
    }
}
