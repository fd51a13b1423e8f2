namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>The words the faces accept for CI systems and registries (the scaffold flags'
/// spelling), mapped to the enums.</summary>
public static class PipelineNames
{
    /// <summary>The CI words: github, gitlab, jenkins, none.</summary>
    public static IReadOnlyList<string> CiWords { get; } = ["github", "gitlab", "jenkins", "none"];

    /// <summary>The registry words: dockerhub, ghcr, ecr, gcr, acr, harbor.</summary>
    public static IReadOnlyList<string> RegistryWords { get; } =
        ["dockerhub", "ghcr", "ecr", "gcr", "acr", "harbor"];

    /// <summary>The CI platform a word names, or null.</summary>
    public static CiPlatform? Ci(string? word) => word switch
    {
        "github" => CiPlatform.GitHub,
        "gitlab" => CiPlatform.GitLab,
        "jenkins" => CiPlatform.Jenkins,
        "none" => CiPlatform.None,
        _ => null,
    };

    /// <summary>The registry a word names, or null.</summary>
    public static RegistryKind? Registry(string? word) => word switch
    {
        "dockerhub" => RegistryKind.DockerHub,
        "ghcr" => RegistryKind.Ghcr,
        "ecr" => RegistryKind.Ecr,
        "gcr" => RegistryKind.Gcr,
        "acr" => RegistryKind.Acr,
        "harbor" => RegistryKind.Harbor,
        _ => null,
    };
}
