namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>The CI system a tier 3 pipeline is written for.</summary>
public enum CiPlatform
{
    /// <summary>GitHub Actions (<c>.github/workflows/</c>), the default.</summary>
    GitHub,

    /// <summary>GitLab CI (<c>.gitlab-ci.yml</c>).</summary>
    GitLab,

    /// <summary>Jenkins declarative pipeline (<c>Jenkinsfile</c>).</summary>
    Jenkins,

    /// <summary>No pipeline file; the scan, signing and supply-chain files are still
    /// written.</summary>
    None,
}
