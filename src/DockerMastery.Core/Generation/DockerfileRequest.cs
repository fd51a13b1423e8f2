using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>
/// What to generate a Dockerfile for: a language (with optional details) or a detected
/// <see cref="ProjectProfile"/>, and the tier. Values set here win over the profile's.
/// </summary>
public sealed record DockerfileRequest
{
    /// <summary>The language; when <see cref="Profile"/> is set it must match it.</summary>
    public required Language Language { get; init; }

    /// <summary>The tier, 1-4 (single container, compose stack, production, enterprise).</summary>
    public int Tier { get; init; } = 1;

    /// <summary>The project name: image name, label title. Lower-case image-name grammar.</summary>
    public string Name { get; init; } = "app";

    /// <summary>The framework, overriding detection (e.g. <c>fastapi</c>, <c>express</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>What starts the app, overriding detection (see
    /// <see cref="ProjectProfile.Entrypoint"/>).</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The listening port, overriding detection.</summary>
    public int? Port { get; init; }

    /// <summary>The package manager, overriding detection.</summary>
    public string? PackageManager { get; init; }

    /// <summary>The HTTP path the health probe requests.</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>The detected project, or null to generate from the language's defaults.</summary>
    public ProjectProfile? Profile { get; init; }

    /// <summary>Catalog overrides for this call (see <see cref="Catalog.VersionCatalog.With"/>).</summary>
    public IReadOnlyDictionary<string, string>? CatalogOverrides { get; init; }
}
