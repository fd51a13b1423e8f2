using System.Text.RegularExpressions;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Yaml;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Compose;

public sealed partial class ComposeScaffoldContributorTests
{
    private static readonly string[] ComposeFiles = ["compose.yaml", "compose.override.yaml",
        ".env.example"];

    public static TheoryData<string, int> SamplesAndTiers()
    {
        var data = new TheoryData<string, int>();
        foreach (var sample in new[] { "python-fastapi", "python-stdlib", "node-express",
            "go-http" })
        {
            for (var tier = 2; tier <= 4; tier++)
                data.Add(sample, tier);
        }

        return data;
    }

    [Theory]
    [InlineData(1, false, false)]
    [InlineData(1, true, true)]
    [InlineData(2, false, true)]
    [InlineData(4, false, true)]
    public void ComposeFilesComeWithCompose_OrFromTierTwo(int tier, bool compose, bool expected)
    {
        var plan = ProjectScaffolder.Plan(
            new ScaffoldRequest { ProjectName = "shop", Tier = tier, Compose = compose,
                Language = Language.Python },
            null);

        var paths = plan.Files.Select(f => f.Path).ToArray();
        Assert.Equal(expected, ComposeFiles.All(paths.Contains));
        Assert.Equal(expected, paths.Contains("compose.yaml"));
    }

    [Theory]
    [MemberData(nameof(SamplesAndTiers))]
    public void ScaffoldedStackMatchesItsDockerfileAndReviewsClean(string sample, int tier)
    {
        var profile = ProjectDetector.Detect(new FolderProjectFiles(SampleFolder(sample))).Primary;

        var plan = ProjectScaffolder.Plan(
            new ScaffoldRequest { ProjectName = sample, Tier = tier, Ci = "none" }, profile);

        var dockerfile = plan.Dockerfile.Dockerfile.Content;
        var compose = plan.Files.Single(f => f.Path == "compose.yaml").Content;
        var development = plan.Files.Single(f => f.Path == "compose.override.yaml").Content;
        Assert.Empty(ComposeReviewer.Review(compose).Findings);
        Assert.Empty(ComposeReviewer.Review(development, [compose]).Findings);

        var app = ComposeFile.From(YamlSourceReader.Read(compose), []).Services.Single();
        var probe = ((YamlSourceSequence)app.MappingAt("healthcheck")!["test"]!).Items
            .Skip(1).Cast<YamlSourceScalar>().Select(s => s.Value).ToArray();
        var healthcheck = HealthcheckLine().Match(dockerfile);
        Assert.True(healthcheck.Success, "the generated Dockerfile has no exec-form HEALTHCHECK");
        Assert.Contains($"\"{probe[0]}\"", healthcheck.Value, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{plan.Dockerfile.Profile.Port}/health", probe.Last(),
            StringComparison.Ordinal);

        var stages = Stage().Matches(dockerfile).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains(app.MappingAt("build")!.Text("target")!, stages);
        var devTarget = ComposeFile.From(YamlSourceReader.Read(development), []).Services.Single()
            .MappingAt("build")?.Text("target");
        if (devTarget is not null)
            Assert.Contains(devTarget, stages);
        if (tier >= 3)
            Assert.Contains($"USER {app.Text("user")}", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedValuesNameTheScaffoldField()
    {
        var error = Assert.Throws<InvalidInputException>(() => ProjectScaffolder.Plan(
            new ScaffoldRequest
            {
                ProjectName = "shop", Tier = 2, Language = Language.Python, Port = 8000,
                HealthPath = "no-slash",
            },
            null));

        Assert.Equal("healthPath", error.Field);
    }

    private static string SampleFolder(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName,
            "Directory.Packages.props")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples", "apps", name);
    }

    [GeneratedRegex(@"HEALTHCHECK[^\n]*\\\n\s*CMD \[[^\n]*\]")]
    private static partial Regex HealthcheckLine();

    [GeneratedRegex(@"^FROM \S+ AS ([a-z0-9_-]+)$", RegexOptions.Multiline)]
    private static partial Regex Stage();
}
