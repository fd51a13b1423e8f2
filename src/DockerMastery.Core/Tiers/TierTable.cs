namespace DockerMastery.Core.Tiers;

/// <summary>The skill's tier table: names, outputs per tier and the references for each.</summary>
public static class TierTable
{
    /// <summary>Tier names by number.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["Single Container", "Compose Stack", "Production", "Enterprise"];

    /// <summary>What each tier adds to the one below it (index 0 is tier 1).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Outputs { get; } =
    [
        ["Dockerfile with an appropriate base image", ".dockerignore for the language",
            "Build and run commands"],
        ["compose.yaml with all services", "compose.override.yaml for development",
            "Named volumes for persistence", "A custom network with service DNS",
            "Health checks on all services", ".env.example with all variables",
            "Multi-stage Dockerfile", "Non-root user"],
        ["Multi-stage Dockerfile (build, test, production)", "Read-only root filesystem",
            "Trivy scan in CI", "Image signing (cosign)", "CI/CD pipeline file",
            "Structured logging", "CPU and memory limits"],
        ["Multi-arch build (docker buildx bake)", "SBOM generation",
            "SLSA provenance attestation", "Registry (Harbor) Helm values",
            "GitOps promotion pipeline", "Runtime security policy (Falco rules)",
            "Compliance notes"],
    ];

    /// <summary>Skill references per tier, most relevant first (index 0 is tier 1).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> References { get; } =
    [
        ["references/dockerfile-patterns.md", "references/anti-patterns.md"],
        ["references/compose-patterns.md", "references/dockerfile-patterns.md",
            "references/multi-stage-builds.md", "references/networking-storage.md"],
        ["references/security-hardening.md", "references/ci-cd-integration.md",
            "references/registry-management.md", "references/observability.md",
            "references/multi-stage-builds.md", "references/performance-optimization.md"],
        ["references/enterprise-patterns.md", "references/security-hardening.md",
            "references/runtime-security.md", "references/registry-management.md",
            "references/ci-cd-integration.md", "references/observability.md"],
    ];

    /// <summary>The final-stage base image family per tier (index 0 is tier 1).</summary>
    public static IReadOnlyList<string> FinalStages { get; } =
    [
        "language's official image",
        "Alpine variant of the official image",
        "distroless (or Chainguard)",
        "distroless, signed, with SBOM and provenance attached",
    ];
}
