using DockerMastery.Core.Generation;
using DockerMastery.Core.Generation.Pipelines;

namespace DockerMastery.Core.Tests.Pipelines;

/// <summary>Option sets that cover every CI platform, registry and signing mode.</summary>
internal static class PipelineSamples
{
    public static IEnumerable<PipelineOptions> All()
    {
        foreach (var registry in Enum.GetValues<RegistryKind>())
        {
            foreach (var ci in new[] { CiPlatform.GitHub, CiPlatform.GitLab, CiPlatform.Jenkins })
            {
                yield return new PipelineOptions
                {
                    ProjectName = "shop-api",
                    Ci = ci,
                    Registry = registry,
                    SupplyChain = true,
                    MultiArch = true,
                };
            }
        }

        yield return new PipelineOptions
        {
            ProjectName = "shop-api",
            Registry = RegistryKind.Ghcr,
            Namespace = "acme",
            Signing = SigningMode.KeyPair,
        };
    }

    public static IEnumerable<GeneratedFile> Files(PipelineOptions options) =>
        PipelineGenerator.Render(options).Files;

    public static IEnumerable<GeneratedFile> AllFiles() => All().SelectMany(Files);
}
