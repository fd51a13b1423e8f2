namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// What the caller chooses for the tier 3 pipeline and the tier 4 supply-chain files. Every
/// string here is checked against the grammar of the places it lands (YAML scalar, HCL string,
/// image reference, shell word) before anything is rendered.
/// </summary>
public sealed record PipelineOptions
{
    /// <summary>The project's name: a DNS label (lower-case letters, digits, dashes), used in
    /// image names, bake targets, Falco rule names and Harbor project names.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The CI system; GitHub Actions by default.</summary>
    public CiPlatform Ci { get; init; } = CiPlatform.GitHub;

    /// <summary>The registry pushed to; Docker Hub by default.</summary>
    public RegistryKind Registry { get; init; } = RegistryKind.DockerHub;

    /// <summary>The registry host (e.g. <c>harbor.example.com</c>); null for the registry's
    /// usual host or a documented placeholder.</summary>
    public string? RegistryHost { get; init; }

    /// <summary>The path between host and image name: Docker Hub user or organization, GitHub
    /// owner, Harbor project, or <c>PROJECT/REPOSITORY</c> on Artifact Registry. Null derives
    /// it from the project name.</summary>
    public string? Namespace { get; init; }

    /// <summary>The image's own name; null uses the project name.</summary>
    public string? ImageName { get; init; }

    /// <summary>Tier 4 output: bake file, SBOM, provenance, Harbor values, Falco rules,
    /// promotion workflow and compliance mapping.</summary>
    public bool SupplyChain { get; init; }

    /// <summary>Builds for several platforms (QEMU + buildx).</summary>
    public bool MultiArch { get; init; }

    /// <summary>Platforms to build when <see cref="MultiArch"/> is set; null uses every
    /// platform the runtime base image publishes among linux/amd64, linux/arm64 and
    /// linux/arm/v7.</summary>
    public IReadOnlyList<string>? Platforms { get; init; }

    /// <summary>Catalog key of the runtime base image (decides which platforms exist).</summary>
    public string RuntimeImage { get; init; } = "distroless.static";

    /// <summary>Trivy severities that fail the build.</summary>
    public IReadOnlyList<string> SeverityGate { get; init; } = ["CRITICAL", "HIGH"];

    /// <summary>Relative path of the Dockerfile.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Relative path of the build context.</summary>
    public string Context { get; init; } = ".";

    /// <summary>The Dockerfile stage that runs the tests.</summary>
    public string TestTarget { get; init; } = "test";

    /// <summary>The branch whose pushes publish images.</summary>
    public string DefaultBranch { get; init; } = "main";

    /// <summary>The source repository as the CI names it (<c>OWNER/REPO</c> on GitHub,
    /// <c>GROUP/PROJECT</c> on GitLab): keyless verification trusts signatures from its
    /// pipeline only. Null derives it from the namespace and project name.</summary>
    public string? SourceRepository { get; init; }

    /// <summary>Keyless (OIDC) or key-pair Cosign signing.</summary>
    public SigningMode Signing { get; init; } = SigningMode.Keyless;
}
