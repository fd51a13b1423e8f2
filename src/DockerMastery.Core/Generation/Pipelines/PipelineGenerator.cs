using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Tier 3 and tier 4 artifacts: the CI pipeline with its scan and signing files, and the
/// supply-chain set (bake file, SBOM configuration, provenance checks, Harbor values, Falco
/// rules, promotion workflow, compliance mapping). Every version comes from the catalog.
/// </summary>
public static class PipelineGenerator
{
    /// <summary>The options the skill's templates (<c>docker_bake.hcl</c>,
    /// <c>harbor_values.yaml</c>, <c>github_actions_docker.yml</c>) are rendered with.</summary>
    public static PipelineOptions SkillTemplateOptions { get; } = new()
    {
        ProjectName = "myapp",
        Registry = RegistryKind.Harbor,
        SupplyChain = true,
        MultiArch = true,
    };

    /// <summary>Tier 3: the pipeline for <see cref="PipelineOptions.Ci"/>, <c>trivy.yaml</c>,
    /// <c>.trivyignore</c>, the Cosign verification policy and <c>SECURITY.md</c>.</summary>
    /// <exception cref="PipelineInputException">An option does not fit where it lands.</exception>
    public static PipelineArtifacts RenderPipeline(
        PipelineOptions options, VersionCatalog? catalog = null)
    {
        var plan = PipelinePlanner.Plan(options, catalog ?? VersionCatalog.Default);
        return Artifacts(plan, PipelineFiles(plan));
    }

    /// <summary>Tier 4 additions: <c>docker-bake.hcl</c>, syft configuration, Harbor values and
    /// setup script (Harbor registry only), Falco rules, the promotion workflow (GitHub) and the
    /// compliance mapping.</summary>
    /// <exception cref="PipelineInputException">An option does not fit where it lands.</exception>
    public static PipelineArtifacts RenderSupplyChain(
        PipelineOptions options, VersionCatalog? catalog = null)
    {
        var plan = PipelinePlanner.Plan(options with { SupplyChain = true },
            catalog ?? VersionCatalog.Default);
        return Artifacts(plan, SupplyChainFiles(plan));
    }

    /// <summary>Everything for the tier: the pipeline set, plus the supply-chain set when
    /// <see cref="PipelineOptions.SupplyChain"/> is on.</summary>
    /// <exception cref="PipelineInputException">An option does not fit where it lands.</exception>
    public static PipelineArtifacts Render(PipelineOptions options, VersionCatalog? catalog = null)
    {
        var plan = PipelinePlanner.Plan(options, catalog ?? VersionCatalog.Default);
        var files = PipelineFiles(plan);
        if (options.SupplyChain)
            files.AddRange(SupplyChainFiles(plan));
        return Artifacts(plan, files);
    }

    /// <summary>The skill's three templates, as this generator renders them for
    /// <see cref="SkillTemplateOptions"/>: keyed by their file names under
    /// <c>skill/assets/templates/</c>.</summary>
    public static IReadOnlyDictionary<string, GeneratedFile> RenderSkillTemplates(
        VersionCatalog? catalog = null)
    {
        var plan = PipelinePlanner.Plan(SkillTemplateOptions, catalog ?? VersionCatalog.Default);
        return new Dictionary<string, GeneratedFile>(StringComparer.Ordinal)
        {
            ["docker_bake.hcl"] = BakeFileRenderer.Render(plan),
            ["harbor_values.yaml"] = HarborValuesRenderer.Render(plan),
            ["github_actions_docker.yml"] = GitHubWorkflowRenderer.Render(plan),
        };
    }

    private static List<GeneratedFile> PipelineFiles(PipelinePlan plan)
    {
        var files = new List<GeneratedFile>();
        switch (plan.Options.Ci)
        {
            case CiPlatform.GitHub:
                files.Add(GitHubWorkflowRenderer.Render(plan));
                break;
            case CiPlatform.GitLab:
                files.Add(GitLabPipelineRenderer.Render(plan));
                break;
            case CiPlatform.Jenkins:
                files.Add(JenkinsfileRenderer.Render(plan));
                break;
        }

        files.AddRange(TrivyFilesRenderer.Render(plan));
        files.AddRange(SigningFilesRenderer.Render(plan));
        return files;
    }

    private static List<GeneratedFile> SupplyChainFiles(PipelinePlan plan)
    {
        var files = new List<GeneratedFile>
        {
            BakeFileRenderer.Render(plan),
            SbomConfigRenderer.Render(plan),
        };
        if (plan.Registry.Kind == RegistryKind.Harbor)
        {
            files.Add(HarborValuesRenderer.Render(plan));
            files.Add(HarborSetupRenderer.Render(plan));
        }

        files.Add(FalcoRulesRenderer.Render(plan));
        if (plan.Options.Ci == CiPlatform.GitHub)
            files.Add(PromotionWorkflowRenderer.Render(plan));
        files.Add(ComplianceMappingRenderer.Render(plan));
        return files;
    }

    private static PipelineArtifacts Artifacts(PipelinePlan plan, List<GeneratedFile> files) =>
        new(files, plan.Registry, plan.Platforms, plan.Assumptions);
}
