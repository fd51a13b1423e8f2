using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>
/// The scaffold command's options (the skill's <c>scaffold</c> flags): what to generate for
/// a project. Contributors read it to decide which files they add.
/// </summary>
public sealed record ScaffoldRequest
{
    /// <summary>The project name: image name, compose project, labels. Image-name grammar.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The tier, 1-4.</summary>
    public int Tier { get; init; } = 1;

    /// <summary>The language; null to take it from detection.</summary>
    public Language? Language { get; init; }

    /// <summary>The registry the image is pushed to: <c>dockerhub</c>, <c>ecr</c>, <c>gcr</c>,
    /// <c>acr</c>, <c>harbor</c> or <c>ghcr</c>.</summary>
    public string Registry { get; init; } = "dockerhub";

    /// <summary>The CI system: <c>github</c>, <c>gitlab</c>, <c>jenkins</c> or <c>none</c>.</summary>
    public string Ci { get; init; } = "github";

    /// <summary>Add the compose files even below tier 2.</summary>
    public bool Compose { get; init; }

    /// <summary>The services beside the app in the compose stack, by the names of
    /// <see cref="Compose.ComposeServiceNames.All"/> (<c>postgres</c>, <c>redis</c>, ...);
    /// empty for the app alone. Naming any adds the compose files at every tier.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Build for linux/amd64 and linux/arm64 (on by default at tier 4).</summary>
    public bool MultiArch { get; init; }

    /// <summary>The framework, overriding detection.</summary>
    public string? Framework { get; init; }

    /// <summary>The entrypoint, overriding detection.</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The listening port, overriding detection.</summary>
    public int? Port { get; init; }

    /// <summary>The HTTP path the health probe requests.</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>Catalog overrides for this call (see <see cref="Catalog.VersionCatalog.With"/>).</summary>
    public IReadOnlyDictionary<string, string>? CatalogOverrides { get; init; }

    /// <summary>The registries the scaffold knows.</summary>
    public static IReadOnlyList<string> Registries { get; } =
        ["dockerhub", "ecr", "gcr", "acr", "harbor", "ghcr"];

    /// <summary>The CI systems the scaffold knows.</summary>
    public static IReadOnlyList<string> CiSystems { get; } = ["github", "gitlab", "jenkins", "none"];

    /// <summary>Whether compose files belong in the set: asked for (directly or by naming
    /// services), or tier 2+.</summary>
    public bool WantsCompose => Compose || Services.Count > 0 || Tier >= 2;

    /// <summary>Whether the build targets several platforms: asked for, or tier 4.</summary>
    public bool WantsMultiArch => MultiArch || Tier >= 4;
}
