using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Review;
using DockerMastery.Core.Tests.Detection;

namespace DockerMastery.Core.Tests.Generation;

/// <summary>Every Dockerfile the generator emits passes the project's own review with zero
/// findings, at every severity, across the whole language x tier matrix and on the samples.</summary>
public class GeneratedReviewTests
{
    public static TheoryData<string, int> Matrix() => DockerfileGoldenTests.Matrix();

    public static TheoryData<string, int> SampleMatrix()
    {
        var data = new TheoryData<string, int>();
        string[] samples =
        [
            "python-fastapi", "python-stdlib", "node-express", "go-http", "rust-http", "java-http",
            "dotnet-minimal-api",
        ];
        foreach (var sample in samples)
        {
            for (var tier = 1; tier <= 4; tier++)
                data.Add(sample, tier);
        }

        return data;
    }

    private static void AssertClean(string dockerfile)
    {
        var result = DockerfileReviewer.Review(dockerfile, new ReviewOptions { MinimumSeverity = Severity.Style });
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings.Select(f =>
            $"{f.RuleId} line {f.Line} ({f.Severity}): {f.Message}")) + "\n\n" + dockerfile);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void LanguageDefaultsPassReview(string language, int tier)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        AssertClean(DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed,
            Tier = tier,
            Name = "demo",
        }).Dockerfile.Content);
    }

    [Theory]
    [MemberData(nameof(SampleMatrix))]
    public void SampleScaffoldsPassReview(string sample, int tier)
    {
        var report = ProjectDetector.Detect(new FolderProjectFiles(Samples.Folder(sample)));
        var plan = ProjectScaffolder.Plan(new ScaffoldRequest { ProjectName = sample, Tier = tier },
            report.Primary, []);
        AssertClean(plan.Files[0].Content);
    }

    [Theory]
    [InlineData("python", "pip")]
    [InlineData("python", "poetry")]
    [InlineData("python", "pipenv")]
    [InlineData("python", "none")]
    [InlineData("node", "pnpm")]
    [InlineData("node", "yarn")]
    [InlineData("node", "bun")]
    [InlineData("java", "gradle")]
    public void EveryPackageManagerPassesReview(string language, string packageManager)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        for (var tier = 1; tier <= 4; tier++)
        {
            AssertClean(DockerfileGenerator.Generate(new DockerfileRequest
            {
                Language = parsed,
                Tier = tier,
                PackageManager = packageManager,
            }).Dockerfile.Content);
        }
    }

    [Theory]
    [InlineData("npm", "package-lock.json")]
    [InlineData("pnpm", "pnpm-lock.yaml")]
    [InlineData("yarn", "yarn.lock")]
    public void NodeBuildScriptRunsAndPassesReview(string packageManager, string lockfile)
    {
        var files = new Dictionary<string, string>
        {
            ["package.json"] = """
                {"name":"demo","version":"1.0.0","main":"dist/server.js",
                 "scripts":{"build":"tsc","start":"node dist/server.js"},
                 "dependencies":{"express":"4.21.2"},"devDependencies":{"typescript":"5.7.2"}}
                """,
            [lockfile] = "",
            ["src/server.ts"] = "import express from 'express';\n",
        };
        var report = ProjectDetector.Detect(new ProjectFileSet([], files));
        Assert.True(report.Primary.HasBuildScript);
        Assert.Equal(packageManager, report.Primary.PackageManager);
        for (var tier = 1; tier <= 4; tier++)
        {
            var dockerfile = DockerfileGenerator.Generate(new DockerfileRequest
            {
                Language = Language.Node,
                Tier = tier,
                Profile = report.Primary,
            }).Dockerfile.Content;
            AssertClean(dockerfile);
            var lines = dockerfile.Split('\n').Select(l => l.Trim()).ToList();
            var build = lines.FindIndex(l => l.EndsWith("run build", StringComparison.Ordinal));
            Assert.True(build > 0, dockerfile);
            Assert.StartsWith("RUN --mount=type=cache,", lines[build - 1]);
        }
    }

    [Fact]
    public void DockerfileThatFailsItsOwnReviewIsNotReturned()
    {
        // An override to an unpinned tag renders a FROM the reviewer rejects (DL3007).
        var error = Assert.Throws<GeneratedFileRejectedException>(() =>
            DockerfileGenerator.Generate(new DockerfileRequest
            {
                Language = Language.Node,
                Tier = 1,
                CatalogOverrides = new Dictionary<string, string>
                {
                    ["images.node.runtime"] = "node:latest",
                },
            }));
        Assert.Contains(error.Findings, f => f.RuleId == "DL3007");
        Assert.Contains("DL3007 line ", error.Message, StringComparison.Ordinal);
        Assert.Equal("Dockerfile", error.Path);
    }
}
