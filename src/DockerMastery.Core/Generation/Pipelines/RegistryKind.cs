namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>The registry images are pushed to; it decides login and image naming.</summary>
public enum RegistryKind
{
    /// <summary>Docker Hub: <c>docker.io/NAMESPACE/NAME</c>, access token login.</summary>
    DockerHub,

    /// <summary>GitHub Container Registry: <c>ghcr.io/OWNER/NAME</c>.</summary>
    Ghcr,

    /// <summary>Amazon ECR: <c>ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME</c>, OIDC role.</summary>
    Ecr,

    /// <summary>Google Artifact Registry (or legacy GCR):
    /// <c>REGION-docker.pkg.dev/PROJECT/REPOSITORY/NAME</c>, workload identity
    /// federation.</summary>
    Gcr,

    /// <summary>Azure Container Registry: <c>NAME.azurecr.io/NAME</c>, OIDC federated
    /// login.</summary>
    Acr,

    /// <summary>Harbor: <c>HOST/PROJECT/NAME</c>, robot account login.</summary>
    Harbor,
}
