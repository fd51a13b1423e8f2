namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>Where the image goes, resolved from the options: the values every login step
/// and every image name in the generated files are built from.</summary>
/// <param name="Kind">The registry.</param>
/// <param name="Host">Registry host, e.g. <c>ghcr.io</c>.</param>
/// <param name="Repository">Path after the host, e.g. <c>acme/shop</c>.</param>
/// <param name="Region">Cloud region taken from the host (ECR, Artifact Registry), or null.</param>
public sealed record RegistryTarget(
    RegistryKind Kind, string Host, string Repository, string? Region)
{
    /// <summary>The image name without tag or digest: <c>HOST/REPOSITORY</c>.</summary>
    public string Image => $"{Host}/{Repository}";

    /// <summary>The ACR registry name (first label of the host); null for other kinds.</summary>
    public string? AcrName => Kind == RegistryKind.Acr ? Host[..Host.IndexOf('.')] : null;
}
