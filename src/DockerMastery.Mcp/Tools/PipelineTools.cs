using System.ComponentModel;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Generation.Pipelines;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>Tier 3 and 4 generators: the CI pipeline and the supply-chain files.</summary>
[McpServerToolType]
public static class PipelineTools
{
    /// <summary>Generates the tier 3 CI pipeline and its scan and signing files.</summary>
    [McpServerTool(Name = "generate_pipeline", UseStructuredContent = true,
        OutputSchemaType = typeof(PipelineToolResult))]
    [Description("Generates a production (tier 3) container CI pipeline: Dockerfile lint with "
        + "SARIF, tests in the Dockerfile's test stage, BuildKit-cached build, Trivy severity "
        + "gate, "
        + "push with semver/branch/SHA tags, Cosign signing (keyless OIDC or key pair), "
        + "least-privilege permissions and SHA-pinned actions; plus trivy.yaml, .trivyignore, "
        + "a Cosign admission policy and SECURITY.md. Returns the files' paths and contents "
        + "(nothing is written to disk) and the defaults it assumed.")]
    public static CallToolResult GeneratePipeline(
        [Description("Project name: lower-case letters, digits and dashes (a DNS label).")]
        string projectName,
        [Description("CI system: github (default), gitlab or jenkins.")]
        string ci = "github",
        [Description("Registry: dockerhub (default), ghcr, ecr, gcr, acr or harbor.")]
        string registry = "dockerhub",
        [Description("Registry host, e.g. harbor.example.com or 123456789012.dkr.ecr.eu-west-1."
            + "amazonaws.com; omit for the registry's usual host or a documented placeholder.")]
        string? registryHost = null,
        [Description("Path between host and image name: Docker Hub org, GitHub owner, Harbor "
            + "project, or GCP_PROJECT/REPOSITORY on Artifact Registry. Omit to use the project "
            + "name.")]
        string? @namespace = null,
        [Description("Source repository as OWNER/REPO (GitHub) or GROUP/PROJECT (GitLab); keyless "
            + "verification trusts only its pipeline.")]
        string? sourceRepository = null,
        [Description("keyless (default, Sigstore OIDC) or key-pair Cosign signing.")]
        string signing = "keyless",
        [Description("Severities that fail the build, comma-separated (default CRITICAL,HIGH).")]
        string severityGate = "CRITICAL,HIGH") =>
        Run(Options(projectName, ci, registry, registryHost, @namespace, sourceRepository,
            signing, severityGate, supplyChain: false, multiArch: false), supplyChainOnly: false);

    /// <summary>Generates the tier 4 supply-chain files.</summary>
    [McpServerTool(Name = "generate_supply_chain", UseStructuredContent = true,
        OutputSchemaType = typeof(PipelineToolResult))]
    [Description("Generates the enterprise (tier 4) supply-chain set: docker-bake.hcl (test and "
        + "image targets, platform matrix, registry cache, OCI annotations, SBOM and max-mode "
        + "provenance), syft SBOM configuration (SPDX, CycloneDX), Harbor Helm values and API "
        + "setup "
        + "(when the registry is harbor), Falco rules for the app's container, a GitOps promotion "
        + "workflow dev->staging->prod by digest (GitHub) and a SOC 2/HIPAA/PCI-DSS compliance "
        + "mapping. Returns files in memory and the defaults it assumed.")]
    public static CallToolResult GenerateSupplyChain(
        [Description("Project name: lower-case letters, digits and dashes (a DNS label).")]
        string projectName,
        [Description("CI system the promotion and annotations target: github (default), gitlab "
            + "or jenkins.")]
        string ci = "github",
        [Description("Registry: dockerhub (default), ghcr, ecr, gcr, acr or harbor.")]
        string registry = "dockerhub",
        [Description("Registry host; omit for the registry's usual host or a placeholder.")]
        string? registryHost = null,
        [Description("Path between host and image name (org, owner, Harbor project).")]
        string? @namespace = null,
        [Description("Source repository as OWNER/REPO or GROUP/PROJECT.")]
        string? sourceRepository = null,
        [Description("Build for several platforms (default true).")]
        bool multiArch = true,
        [Description("Catalog key of the runtime base image, e.g. distroless.static, "
            + "python.distroless; decides which of linux/amd64, linux/arm64, linux/arm/v7 are "
            + "built.")]
        string runtimeImage = "distroless.static") =>
        Run(Options(projectName, ci, registry, registryHost, @namespace, sourceRepository,
            "keyless", "CRITICAL,HIGH", supplyChain: true, multiArch: multiArch) with
        {
            RuntimeImage = runtimeImage,
        }, supplyChainOnly: true);

    private static PipelineOptions Options(
        string projectName, string ci, string registry, string? registryHost, string? ns,
        string? sourceRepository, string signing, string severityGate, bool supplyChain,
        bool multiArch) => new()
    {
        ProjectName = projectName,
        Ci = PipelineNames.Ci(ci) is { } platform && platform != CiPlatform.None
            ? platform
            : throw ToolOutput.BadInput("ci", $"'{ci}' is not github, gitlab or jenkins"),
        Registry = PipelineNames.Registry(registry)
            ?? throw ToolOutput.BadInput("registry",
                $"'{registry}' is not one of {string.Join(", ", PipelineNames.RegistryWords)}"),
        RegistryHost = registryHost,
        Namespace = ns,
        SourceRepository = sourceRepository,
        Signing = signing switch
        {
            "keyless" => SigningMode.Keyless,
            "key-pair" => SigningMode.KeyPair,
            _ => throw ToolOutput.BadInput("signing", $"'{signing}' is not keyless or key-pair"),
        },
        SeverityGate = severityGate.Split(
            ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        SupplyChain = supplyChain,
        MultiArch = multiArch,
    };

    private static CallToolResult Run(PipelineOptions options, bool supplyChainOnly)
    {
        PipelineArtifacts artifacts;
        try
        {
            artifacts = supplyChainOnly
                ? PipelineGenerator.RenderSupplyChain(options)
                : PipelineGenerator.RenderPipeline(options);
        }
        catch (PipelineInputException refused)
        {
            throw ToolOutput.BadInput(refused.Field, refused.Problem);
        }

        var result = new PipelineToolResult(
            artifacts.Registry.Image,
            artifacts.Platforms,
            artifacts.Files,
            artifacts.Assumptions);
        var text = $"{artifacts.Files.Count} files for {artifacts.Registry.Image} "
            + $"({string.Join(", ", artifacts.Platforms)}):\n"
            + string.Join("\n", artifacts.Files.Select(f => $"- {f.Path}: {f.Description}"))
            + (artifacts.Assumptions.Count == 0
                ? ""
                : "\nAssumed:\n" + string.Join("\n", artifacts.Assumptions.Select(a => "- " + a)));
        return ToolOutput.Create(result, text);
    }
}
