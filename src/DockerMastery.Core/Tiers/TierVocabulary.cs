namespace DockerMastery.Core.Tiers;

/// <summary>
/// The words <see cref="TierRequirements"/> accepts, with the tier each one implies.
/// </summary>
public static class TierVocabulary
{
    /// <summary>Scales: learning and dev (tier 1), small-team and staging (2), production (3),
    /// enterprise and platform (4).</summary>
    public static IReadOnlyDictionary<string, int> Scales { get; } = new Dictionary<string, int>
    {
        ["learning"] = 1, ["dev"] = 1, ["small-team"] = 2, ["staging"] = 2,
        ["production"] = 3, ["enterprise"] = 4, ["platform"] = 4,
    };

    /// <summary>Security needs and the tier that first delivers each.</summary>
    public static IReadOnlyDictionary<string, int> SecurityNeeds { get; } =
        new Dictionary<string, int>
    {
        ["basic"] = 1, ["non-root"] = 2, ["dockerignore"] = 2, ["scanning"] = 3,
        ["signing"] = 3, ["secrets"] = 3, ["read-only-rootfs"] = 3, ["resource-limits"] = 3,
        ["sbom"] = 4, ["slsa"] = 4, ["provenance"] = 4, ["runtime-monitoring"] = 4,
    };

    /// <summary>Compliance frameworks; any of them puts the system at tier 4.</summary>
    public static IReadOnlyList<string> Compliance { get; } =
        ["soc2", "hipaa", "pci-dss", "fedramp", "iso27001", "gdpr", "nist-800-190", "cis"];

    /// <summary>Registries and the tier each suggests: Docker Hub (1), GHCR (2), private or
    /// cloud registries (3).</summary>
    public static IReadOnlyDictionary<string, int> Registries { get; } = new Dictionary<string, int>
    {
        ["dockerhub"] = 1, ["ghcr"] = 2, ["ecr"] = 3, ["gcr"] = 3, ["acr"] = 3,
        ["harbor"] = 3, ["artifactory"] = 3, ["quay"] = 3, ["private"] = 3,
    };

    /// <summary>
    /// CI/CD platforms; a pipeline is tier 3 output, <c>none</c> gives no signal.
    /// </summary>
    public static IReadOnlyList<string> CiPlatforms { get; } =
        ["github-actions", "gitlab-ci", "jenkins", "circleci", "azure-pipelines", "none"];

    /// <summary>Turns "Docker Hub", "docker_hub" and "DOCKERHUB" into one key form.</summary>
    public static string Normalize(string word) =>
        string.Concat(word.Trim().ToLowerInvariant().Select(c => c is ' ' or '_' ? '-' : c))
            .Replace("docker-hub", "dockerhub", StringComparison.Ordinal)
            .Replace("github-container-registry", "ghcr", StringComparison.Ordinal);
}
