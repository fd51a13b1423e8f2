using System.Text.RegularExpressions;
using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Generation.Pipelines;
using YamlDotNet.RepresentationModel;

namespace DockerMastery.Core.Tests.Pipelines;

public sealed class PipelineArtifactTests
{
    private static YamlNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Assert.Single(stream.Documents).RootNode;
    }

    private static GeneratedFile File(PipelineArtifacts artifacts, string path) =>
        artifacts.Files.Single(f => f.Path == path);

    [Fact]
    public void EveryYamlFileParses()
    {
        var yaml = PipelineSamples.AllFiles()
            .Where(f => f.Path.EndsWith(".yml", StringComparison.Ordinal)
                || f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .ToList();
        Assert.True(yaml.Count > 50);
        foreach (var file in yaml)
            Assert.NotNull(Parse(file.Content));
    }

    [Fact]
    public void FalcoRulesHaveTheRequiredFields()
    {
        var artifacts = PipelineGenerator.RenderSupplyChain(
            new PipelineOptions { ProjectName = "shop-api" });
        var rules = (YamlSequenceNode)Parse(File(artifacts, "falco/shop-api-rules.yaml").Content);
        var ruleNodes = rules.Children.Cast<YamlMappingNode>()
            .Where(n => n.Children.ContainsKey(new YamlScalarNode("rule"))).ToList();

        Assert.Equal(3, ruleNodes.Count);
        string[] required = ["rule", "desc", "condition", "output", "priority"];
        foreach (var rule in ruleNodes)
        {
            foreach (var field in required)
                Assert.False(string.IsNullOrWhiteSpace(((YamlScalarNode)rule[field]).Value), field);
            Assert.Contains(((YamlScalarNode)rule["priority"]).Value,
                new[] { "EMERGENCY", "ALERT", "CRITICAL", "ERROR", "WARNING", "NOTICE",
                    "INFORMATIONAL", "DEBUG" });
            Assert.Contains("shop_api_container", ((YamlScalarNode)rule["condition"]).Value);
        }

        var conditions = string.Join('\n',
            ruleNodes.Select(r => ((YamlScalarNode)r["condition"]).Value));
        Assert.Contains("spawned_process", conditions);
        Assert.Contains("open_write", conditions);
        Assert.Contains("outbound", conditions);
    }

    [Fact]
    public void HarborValuesUseOnlyTheChartsDocumentedKeys()
    {
        var documented = System.IO.File.ReadAllLines(
                Path.Combine(ExternalTool.RepoRoot, "tests", "DockerMastery.Core.Tests",
                    "Pipelines",
                    "harbor-chart-keys.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var artifacts = PipelineGenerator.RenderSupplyChain(new PipelineOptions
        {
            ProjectName = "shop-api", Registry = RegistryKind.Harbor,
                RegistryHost = "registry.acme.io",
        });
        var values = (YamlMappingNode)Parse(File(artifacts, "harbor/values.yaml").Content);

        var paths = new List<string>();
        Collect(values, "", paths);
        Assert.Contains("database.type", paths);
        Assert.Contains("redis.external.addr", paths);
        Assert.Contains("trivy.enabled", paths);
        foreach (var path in paths)
            Assert.True(documented.Contains(path),
                $"'{path}' is not a documented harbor-helm value");

        Assert.Equal("external", ((YamlScalarNode)values["database"]["type"]).Value);
        Assert.Equal("external", ((YamlScalarNode)values["redis"]["type"]).Value);
        Assert.Equal("2", ((YamlScalarNode)values["core"]["replicas"]).Value);
        Assert.Equal("https://registry.acme.io", ((YamlScalarNode)values["externalURL"]).Value);
    }

    private static void Collect(YamlMappingNode map, string prefix, List<string> paths)
    {
        foreach (var (key, value) in map.Children)
        {
            var path = prefix + ((YamlScalarNode)key).Value;
            // Annotation keys and list items are free-form; the chart documents their parent.
            if (value is YamlMappingNode child && !path.EndsWith("annotations",
                StringComparison.Ordinal))
                Collect(child, path + ".", paths);
            else
                paths.Add(path);
        }
    }

    [Theory]
    [InlineData(RegistryKind.DockerHub, null, "docker.io/shop-api/shop-api")]
    [InlineData(RegistryKind.Ghcr, null, "ghcr.io/shop-api/shop-api")]
    [InlineData(RegistryKind.Ecr, "210987654321.dkr.ecr.eu-west-1.amazonaws.com",
        "210987654321.dkr.ecr.eu-west-1.amazonaws.com/shop-api")]
    [InlineData(RegistryKind.Gcr, "europe-west1-docker.pkg.dev",
        "europe-west1-docker.pkg.dev/shop-api/shop-api/shop-api")]
    [InlineData(RegistryKind.Acr, "acmeprod.azurecr.io", "acmeprod.azurecr.io/shop-api")]
    [InlineData(RegistryKind.Harbor, "registry.acme.io", "registry.acme.io/shop-api/shop-api")]
    public void RegistryDecidesNamingAndLogin(RegistryKind kind, string? host, string image)
    {
        var artifacts = PipelineGenerator.RenderPipeline(new PipelineOptions
        {
            ProjectName = "shop-api", Registry = kind, RegistryHost = host,
        });
        Assert.Equal(image, artifacts.Registry.Image);

        var workflow = File(artifacts, ".github/workflows/docker.yml").Content;
        Assert.Contains(image, workflow);
        var expectedLogin = kind switch
        {
            RegistryKind.Ecr => "aws-actions/amazon-ecr-login@",
            RegistryKind.Gcr => "google-github-actions/auth@",
            RegistryKind.Acr => "az acr login",
            RegistryKind.Ghcr => "packages: write",
            RegistryKind.Harbor => "HARBOR_ROBOT_SECRET",
            _ => "DOCKERHUB_TOKEN",
        };
        Assert.Contains(expectedLogin, workflow);
        if (kind == RegistryKind.Ecr)
            Assert.Contains("aws-region: eu-west-1", workflow);
    }

    [Theory]
    [InlineData("projectName", "shop\nrun: curl evil")]
    [InlineData("projectName", "Shop")]
    [InlineData("projectName", "a\"b")]
    [InlineData("registryHost", "evil.io/x: y")]
    [InlineData("registryHost", "https://harbor.acme.io")]
    [InlineData("namespace", "acme ${{ secrets.X }}")]
    [InlineData("imageName", "app\"} evil {\"")]
    [InlineData("dockerfile", "../../etc/passwd")]
    [InlineData("context", "src; rm -rf /")]
    [InlineData("testTarget", "test\n  exit 0")]
    [InlineData("defaultBranch", "main'\nx")]
    [InlineData("sourceRepository", "acme/shop$(id)")]
    [InlineData("severityGate", "HIGH,CRITICAL")]
    [InlineData("platforms", "linux/riscv64")]
    public void InjectionIsRefusedNamingTheField(string field, string value)
    {
        var options = new PipelineOptions { ProjectName = "shop-api",
            Registry = RegistryKind.Harbor };
        options = field switch
        {
            "projectName" => options with { ProjectName = value },
            "registryHost" => options with { RegistryHost = value },
            "namespace" => options with { Namespace = value },
            "imageName" => options with { ImageName = value },
            "dockerfile" => options with { Dockerfile = value },
            "context" => options with { Context = value },
            "testTarget" => options with { TestTarget = value },
            "defaultBranch" => options with { DefaultBranch = value },
            "sourceRepository" => options with { SourceRepository = value },
            "severityGate" => options with { SeverityGate = [value] },
            "platforms" => options with { MultiArch = true, Platforms = [value] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var refused = Assert.Throws<PipelineInputException>(() =>
            PipelineGenerator.Render(options));
        Assert.Equal(field, refused.Field);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void PlatformsFollowTheRuntimeBase()
    {
        var distrolessStatic = PipelineGenerator.Render(new PipelineOptions
        {
            ProjectName = "api", MultiArch = true, SupplyChain = true,
        });
        Assert.Equal(["linux/amd64", "linux/arm64", "linux/arm/v7"], distrolessStatic.Platforms);
        Assert.Contains("\"linux/arm/v7\"", File(distrolessStatic, "docker-bake.hcl").Content);

        var python = PipelineGenerator.Render(new PipelineOptions
        {
            ProjectName = "api", MultiArch = true, SupplyChain = true,
                RuntimeImage = "python.distroless",
        });
        Assert.Equal(["linux/amd64", "linux/arm64"], python.Platforms);
        Assert.DoesNotContain("arm/v7", File(python, "docker-bake.hcl").Content);

        var refused = Assert.Throws<PipelineInputException>(() => PipelineGenerator.Render(
            new PipelineOptions
            {
                ProjectName = "api", MultiArch = true, RuntimeImage = "python.distroless",
                Platforms = ["linux/arm/v7"],
            }));
        Assert.Equal("platforms", refused.Field);
    }

    [Fact]
    public void ActionsArePinnedByCommitShaFromTheCatalog()
    {
        var uses = new Regex(@"uses: (\S+)@(\S+) # (\S+)");
        var workflows = PipelineSamples.AllFiles()
            .Where(f => f.Path.StartsWith(".github/", StringComparison.Ordinal)).ToList();
        var count = 0;
        foreach (var file in workflows)
        {
            Assert.DoesNotMatch(new Regex(@"uses: [^\s#]+@(?![0-9a-f]{40}\b)"), file.Content);
            foreach (Match match in uses.Matches(file.Content))
            {
                var pinned = VersionCatalog.Default.Actions[match.Groups[1].Value];
                Assert.Equal(pinned.Sha, match.Groups[2].Value);
                Assert.Equal(pinned.Version, match.Groups[3].Value);
                count++;
            }
        }

        Assert.True(count > 100);
    }

    [Fact]
    public void GitLabPromotesTheSignedDigestWithManualGates()
    {
        var pipeline = (YamlMappingNode)Parse(File(PipelineGenerator.Render(new PipelineOptions
        {
            ProjectName = "api", Ci = CiPlatform.GitLab, SupplyChain = true,
        }), ".gitlab-ci.yml").Content);

        foreach (var (environment, manual) in new[] { ("dev", false), ("staging", true),
                     ("prod", true) })
        {
            var job = (YamlMappingNode)pipeline[$"promote-{environment}"];
            Assert.Equal(environment, ((YamlScalarNode)job["environment"]["name"]).Value);
            var rule = (YamlMappingNode)((YamlSequenceNode)job["rules"]).Children[0];
            Assert.Equal(manual, rule.Children.ContainsKey(new YamlScalarNode("when")));
            var script = ((YamlScalarNode)((YamlSequenceNode)job["script"]).Children[0]).Value!;
            Assert.Contains("cosign verify", script);
            Assert.Contains("imagetools create --tag", script);
        }

        var tier3 = (YamlMappingNode)Parse(File(PipelineGenerator.RenderPipeline(
            new PipelineOptions { ProjectName = "api", Ci = CiPlatform.GitLab }),
            ".gitlab-ci.yml").Content);
        Assert.False(tier3.Children.ContainsKey(new YamlScalarNode("promote-dev")));
    }

    [Fact]
    public void GitHubJobsAskForLeastPrivilege()
    {
        var workflow = (YamlMappingNode)Parse(File(PipelineGenerator.RenderPipeline(
            new PipelineOptions { ProjectName = "api", Registry = RegistryKind.DockerHub }),
            ".github/workflows/docker.yml").Content);

        Assert.Empty(((YamlMappingNode)workflow["permissions"]).Children);
        var build = (YamlMappingNode)workflow["jobs"]["build"]["permissions"];
        Assert.Equal(["contents", "security-events", "id-token"],
            build.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("read", ((YamlScalarNode)build["contents"]).Value);
    }

    // PCI-DSS requirement numbers look like versions but are control identifiers.
    private static readonly string[] PciRequirements = ["6.3.2", "6.3.3", "6.4.3", "11.6.1",
        "11.3.1"];

    [Fact]
    public void NoVersionLiteralLivesOutsideTheCatalog()
    {
        var sources = Path.Combine(ExternalTool.RepoRoot, "src", "DockerMastery.Core",
            "Generation", "Pipelines");
        var literal = new Regex(
            @"(?<![\d.])\d+\.\d+\.\d+(?![\d.])|\b[0-9a-f]{40}\b|@sha256:[0-9a-f]{6}");
        foreach (var source in Directory.GetFiles(sources, "*.cs", SearchOption.AllDirectories))
        {
            var hits = literal.Matches(System.IO.File.ReadAllText(source))
                .Select(m => m.Value)
                .Where(v => !PciRequirements.Contains(v));
            Assert.True(!hits.Any(), $"{Path.GetFileName(source)}: {string.Join(", ", hits)}");
        }
    }

    [Fact]
    public void EveryVersionComesFromTheCatalogInUse()
    {
        using var original = typeof(VersionCatalog).Assembly.GetManifestResourceStream(
            "catalog.json")!;
        var json = new StreamReader(original).ReadToEnd();
        var marked = Regex.Replace(json, "\"(v?\\d+\\.\\d+\\.\\d+[^\"]*|[0-9a-f]{40})\"",
            m => "\"" + (m.Groups[1].Value.Length == 40 ? new string('e', 40) : "97.98.99") + "\"");
        var catalog = VersionCatalog.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            marked)));

        foreach (var options in PipelineSamples.All())
        {
            var text = string.Concat(PipelineGenerator.Render(options,
                catalog).Files.Select(f => f.Content));
            foreach (Match version in Regex.Matches(json,
                "\"(v?\\d+\\.\\d+\\.\\d+)[^\"]*\"|\"([0-9a-f]{40})\""))
            {
                var value = version.Groups[1].Success
                    ? version.Groups[1].Value
                    : version.Groups[2].Value;
                Assert.DoesNotContain(value, text);
            }

            Assert.Contains("97.98.99", text);
        }
    }

    [Fact]
    public void SkillTemplatesAreTheDefaultRender()
    {
        var templates = PipelineGenerator.RenderSkillTemplates();
        Assert.Equal(["docker_bake.hcl", "github_actions_docker.yml", "harbor_values.yaml"],
            templates.Keys.Order());
        var again = PipelineGenerator.Render(PipelineGenerator.SkillTemplateOptions);
        Assert.Equal(File(again, "docker-bake.hcl").Content, templates["docker_bake.hcl"].Content);
        Assert.Equal(File(again, "harbor/values.yaml").Content,
            templates["harbor_values.yaml"].Content);
        Assert.Contains("provenance: mode=max", templates["github_actions_docker.yml"].Content);
    }

    [Fact]
    public void ScaffoldTier4WritesTheWholeSet()
    {
        var request = new ScaffoldRequest
        {
            ProjectName = "shop-api", Tier = 4, Ci = "github", Registry = "harbor",
                MultiArch = true,
        };
        var profile = new ProjectProfile { Language = Language.Go, PackageManager = "go" };
        var contributor = new PipelineScaffoldContributor();
        var paths = contributor.Contribute(request, profile).Select(f => f.Path).ToHashSet();

        string[] expected =
        [
            ".github/workflows/docker.yml", ".github/workflows/promote.yml",
            "trivy.yaml", ".trivyignore", "cosign/cluster-image-policy.yaml", "SECURITY.md",
            "docker-bake.hcl", ".syft.yaml", "harbor/values.yaml", "harbor/setup-project.sh",
            "falco/shop-api-rules.yaml", "docs/compliance-mapping.md",
        ];
        Assert.Equal(expected.Order(), paths.Order());
        Assert.Contains(ProjectScaffolder.Contributors, c => c is PipelineScaffoldContributor);

        // The scaffolder itself: Dockerfile generator plus every contributor, paths checked.
        var scaffold = ProjectScaffolder.Plan(request with { Language = Language.Go }, null)
            .Files.Select(f => f.Path).ToList();
        Assert.Contains("Dockerfile", scaffold);
        Assert.All(expected, path => Assert.Contains(path, scaffold));

        Assert.Empty(contributor.Contribute(request with { Tier = 2 }, profile));
        var tier3 = contributor.Contribute(request with { Tier = 3, Ci = "gitlab" }, profile)
            .Select(f => f.Path).ToList();
        Assert.Contains(".gitlab-ci.yml", tier3);
        Assert.DoesNotContain("docker-bake.hcl", tier3);

        var refused = Assert.Throws<InvalidInputException>(() =>
            contributor.Contribute(request with { ProjectName = "Shop_API" }, profile).ToList());
        Assert.Equal("projectName", refused.Field);
    }
}
