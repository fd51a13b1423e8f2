using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary><c>.syft.yaml</c>: syft writes both SBOM formats from one scan.</summary>
internal static class SbomConfigRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var config = new YamlMap()
            .Add("output", YamlSeq.Of("spdx-json=sbom.spdx.json", "cyclonedx-json=sbom.cdx.json"))
            .Add("scope", "squashed")
            .Add("check-for-app-update", false);
        return new GeneratedFile(".syft.yaml", YamlEmitter.Emit(config,
            [
                $"syft {plan.ToolTag("syft")}: SPDX and CycloneDX SBOMs of the pushed image.",
                $"Run: syft {plan.Image}@DIGEST",
                "BuildKit also attaches an SPDX SBOM (--sbom=true) to the image index.",
            ]),
            "syft configuration: SPDX and CycloneDX SBOM outputs");
    }
}
