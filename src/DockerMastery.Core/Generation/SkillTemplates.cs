using DockerMastery.Core.Compose;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation.Pipelines;

namespace DockerMastery.Core.Generation;

/// <summary>
/// The skill's ten templates (<c>skill/assets/templates/</c>), each mapped to the renderer and
/// the default options that produce it. This is the one place that says which code renders
/// which template; the <c>templates</c> verb writes and checks the folder from it, and a test
/// compares the checked-in files with a fresh render byte for byte.
/// </summary>
public static class SkillTemplates
{
    /// <summary>The folder, relative to the repository root, with forward slashes.</summary>
    public const string Folder = "skill/assets/templates";

    /// <summary>The tier the language Dockerfiles are rendered at: production (multi-stage,
    /// non-root, distroless or static final stage, health check, test stage).</summary>
    public const int DockerfileTier = 3;

    /// <summary>Every template, in the order the skill lists them.</summary>
    public static IReadOnlyList<SkillTemplate> All { get; } =
    [
        Dockerfile("dockerfile_python.Dockerfile", Language.Python,
            "Python (uv), multi-stage, distroless final stage"),
        Dockerfile("dockerfile_node.Dockerfile", Language.Node,
            "Node.js (npm ci), production dependencies only, distroless final stage"),
        Dockerfile("dockerfile_go.Dockerfile", Language.Go,
            "Go static binary, distroless static final stage"),
        Dockerfile("dockerfile_rust.Dockerfile", Language.Rust,
            "Rust with cargo-chef, minimal final stage"),
        Dockerfile("dockerfile_java.Dockerfile", Language.Java,
            "Java, JRE on a distroless final stage"),
        Compose("compose_full_stack.yml", "compose.yaml",
            "app + PostgreSQL + Redis + nginx, monitoring profile (Prometheus, Grafana, Loki)"),
        Compose("compose_dev.yml", "compose.override.yaml",
            "development override of compose_full_stack.yml: bind mount, reload, verbose logs"),
        Pipeline("docker_bake.hcl",
            "BuildKit bake file: multi-target, multi-arch, registry cache"),
        Pipeline("harbor_values.yaml",
            "Harbor Helm chart values for an enterprise registry"),
        Pipeline("github_actions_docker.yml",
            "GitHub Actions: lint, build, test, scan, sign, push"),
    ];

    /// <summary>The template named <paramref name="name"/> (case-sensitive), or null.</summary>
    public static SkillTemplate? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    /// <summary>The request each language Dockerfile template is rendered from: the language's
    /// defaults at <see cref="DockerfileTier"/>, project name <c>app</c>.</summary>
    public static DockerfileRequest DockerfileDefaults(Language language) =>
        new() { Language = language, Tier = DockerfileTier, Name = "app" };

    /// <summary>The request both compose templates are rendered from: the Python template's
    /// app (FastAPI on 8000, <c>main:app</c>) at tier 3 with PostgreSQL, Redis, nginx and the
    /// monitoring profile.</summary>
    public static ComposeRequest ComposeDefaults { get; } = new()
    {
        ProjectName = "app",
        AppName = "app",
        Language = "python",
        Framework = "fastapi",
        Entrypoint = "main:app",
        Port = 8000,
        Tier = DockerfileTier,
        Services =
        [
            ComposeServiceKind.Postgres, ComposeServiceKind.Redis, ComposeServiceKind.Nginx,
            ComposeServiceKind.Monitoring,
        ],
    };

    private static SkillTemplate Dockerfile(string name, Language language, string summary) =>
        new(name,
            $"{summary}; generate_dockerfile for {language.Name()} at tier {DockerfileTier}",
            () => DockerfileGenerator.Generate(DockerfileDefaults(language)).Dockerfile.Content,
            () => DockerfileGenerator.Languages.Contains(language));

    private static SkillTemplate Compose(string name, string file, string summary) =>
        new(name, $"{summary}; generate_compose {file}",
            () => ComposeGenerator.Generate(ComposeDefaults).Files
                .Single(f => f.Path == file).Content);

    // The pipelines generator owns these three templates' options (SkillTemplateOptions).
    private static SkillTemplate Pipeline(string name, string summary) =>
        new(name, $"{summary}; pipeline generator, skill template options",
            () => PipelineGenerator.RenderSkillTemplates()[name].Content);
}
