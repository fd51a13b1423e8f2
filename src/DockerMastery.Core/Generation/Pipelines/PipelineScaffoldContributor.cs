using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Scaffold's tier 3 and 4 files: at tier 3+ the CI pipeline for <c>--ci</c> with
/// <c>trivy.yaml</c>, <c>.trivyignore</c>, the Cosign policy and <c>SECURITY.md</c>; at tier 4
/// also the bake file, SBOM configuration, Harbor values (<c>--registry harbor</c>), Falco
/// rules, promotion workflow and compliance mapping.
/// </summary>
public sealed class PipelineScaffoldContributor : IScaffoldContributor
{
    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Contribute(ScaffoldRequest request, ProjectProfile profile)
    {
        if (request.Tier < 3)
            return [];

        var options = OptionsFor(request, profile);
        var catalog = request.CatalogOverrides is { Count: > 0 } overrides
            ? VersionCatalog.Default.With(overrides)
            : VersionCatalog.Default;
        try
        {
            return PipelineGenerator.Render(options, catalog).Files;
        }
        catch (PipelineInputException refused)
        {
            throw new InvalidInputException(refused.Field, refused.Problem);
        }
    }

    /// <summary>The pipeline options a scaffold request stands for.</summary>
    /// <exception cref="InvalidInputException">The registry or CI name is unknown.</exception>
    public static PipelineOptions OptionsFor(
        ScaffoldRequest request, ProjectProfile profile) => new()
    {
        ProjectName = request.ProjectName,
        Ci = PipelineNames.Ci(request.Ci)
            ?? throw new InvalidInputException("ci", $"'{request.Ci}' is not one of "
                + string.Join(", ", PipelineNames.CiWords)),
        Registry = PipelineNames.Registry(request.Registry)
            ?? throw new InvalidInputException("registry", $"'{request.Registry}' is not one of "
                + string.Join(", ", PipelineNames.RegistryWords)),
        SupplyChain = request.Tier >= 4,
        MultiArch = request.WantsMultiArch,
        RuntimeImage = RuntimeImageKey(profile.Language),
    };

    // The tier 3+ runtime base of the Dockerfile generator's recipes, which decides platforms.
    private static string RuntimeImageKey(Language language) => language switch
    {
        Language.Python => "python.distroless",
        Language.Node => "node.distroless",
        Language.Rust => "distroless.cc",
        Language.Java => "java.distroless",
        Language.DotNet => "dotnet.aspnet.chiseled",
        _ => "distroless.static",
    };
}
