using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Generation;

public sealed class ScaffoldTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dm-scaffold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class FixedContributor(params GeneratedFile[] files) : IScaffoldContributor
    {
        public IEnumerable<GeneratedFile> Contribute(ScaffoldRequest request, ProjectProfile profile) =>
            request.Tier >= 2 ? files : [];
    }

    [Fact]
    public void PlanStartsWithDockerfileAndDockerIgnoreThenContributorFiles()
    {
        var extra = new FixedContributor(new GeneratedFile("compose.yaml", "services: {}\n", "stack"));
        var request = new ScaffoldRequest { ProjectName = "shop", Tier = 2, Language = Language.Go };

        var plan = ProjectScaffolder.Plan(request, null, [extra]);

        Assert.Equal(["Dockerfile", ".dockerignore", "compose.yaml"], plan.Files.Select(f => f.Path));
        Assert.Equal(8080, plan.Dockerfile.Profile.Port);
        Assert.Empty(ProjectScaffolder.Plan(request with { Tier = 1 }, null, [extra]).Files.Skip(2));
    }

    [Fact]
    public void MissingWsgiServerIsReportedAsAnAssumption()
    {
        var report = ProjectDetector.Detect(new ProjectFileSet([], new Dictionary<string, string>
        {
            ["requirements.txt"] = "flask==3.1.3\n",
            ["app.py"] = "from flask import Flask\napp = Flask(__name__)\n",
        }));
        var plan = ProjectScaffolder.Plan(new ScaffoldRequest { ProjectName = "web", Tier = 2 },
            report.Primary, []);

        Assert.Contains(plan.Dockerfile.Assumptions, a => a.StartsWith("gunicorn", StringComparison.Ordinal));
        Assert.Contains("\"gunicorn\", \"--bind\", \"0.0.0.0:8000\"", plan.Files[0].Content,
            StringComparison.Ordinal);
    }

    [Fact]
    public void TwoContributorsWritingOnePathIsAnError()
    {
        var one = new FixedContributor(new GeneratedFile("Dockerfile", "x\n", "clash"));
        var request = new ScaffoldRequest { ProjectName = "shop", Tier = 2, Language = Language.Go };

        var error = Assert.Throws<InvalidOperationException>(() => ProjectScaffolder.Plan(request, null, [one]));
        Assert.Contains("Dockerfile", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/cron.d/x")]
    [InlineData("a/../../b")]
    public void ContributorPathsLeavingTheProjectAreRefused(string path)
    {
        var evil = new FixedContributor(new GeneratedFile(path, "x\n", "escape"));
        var request = new ScaffoldRequest { ProjectName = "shop", Tier = 2, Language = Language.Go };

        Assert.Throws<InvalidInputException>(() => ProjectScaffolder.Plan(request, null, [evil]));
    }

    [Theory]
    [InlineData("registry", "quay")]
    [InlineData("ci", "travis")]
    [InlineData("projectName", "My App")]
    public void UnknownScaffoldOptionsAreRefusedByName(string field, string value)
    {
        var request = new ScaffoldRequest { ProjectName = "shop", Language = Language.Go };
        request = field switch
        {
            "registry" => request with { Registry = value },
            "ci" => request with { Ci = value },
            _ => request with { ProjectName = value },
        };

        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => ProjectScaffolder.Plan(request, null)).Field);
    }

    [Fact]
    public void NoLanguageAndNoProfileIsRefused()
    {
        var error = Assert.Throws<InvalidInputException>(
            () => ProjectScaffolder.Plan(new ScaffoldRequest { ProjectName = "shop" }, null));
        Assert.Equal("lang", error.Field);
    }

    [Fact]
    public void TargetNeverOverwritesWithoutForceAndWritesNothingOnConflict()
    {
        File.WriteAllText(Path.Combine(_folder, ".dockerignore"), "mine\n");
        var files = new[]
        {
            new GeneratedFile("Dockerfile", "FROM scratch\n", "d"),
            new GeneratedFile(".dockerignore", "theirs\n", "i"),
        };
        var target = new ScaffoldTarget(_folder);

        var error = Assert.Throws<InvalidInputException>(() => target.Write(files, force: false));
        Assert.Contains(".dockerignore", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "Dockerfile")));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(_folder, ".dockerignore")));

        Assert.Equal(["Dockerfile", ".dockerignore"], target.Write(files, force: true));
        Assert.Equal("theirs\n", File.ReadAllText(Path.Combine(_folder, ".dockerignore")));
    }

    [Fact]
    public void TargetRefusesToWriteThroughASymbolicLink()
    {
        var outside = Directory.CreateTempSubdirectory("dm-outside-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_folder, "ci"), outside);
            var files = new[] { new GeneratedFile("ci/pipeline.yml", "x\n", "p") };

            Assert.Throws<InvalidInputException>(() => new ScaffoldTarget(_folder).Write(files, force: true));
            Assert.Empty(Directory.GetFiles(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void TargetCreatesSubfoldersInsideTheProject()
    {
        var files = new[] { new GeneratedFile(".github/workflows/docker.yml", "on: push\n", "ci") };
        new ScaffoldTarget(_folder).Write(files, force: false);
        Assert.True(File.Exists(Path.Combine(_folder, ".github", "workflows", "docker.yml")));
    }

    [Theory]
    [InlineData("python", "uv.lock", "uv sync --frozen")]
    [InlineData("node", "package-lock.json", "npm ci")]
    public void MissingLockfileIsReportedOnceNamingTheFileAndTheInstall(
        string language, string lockfile, string install)
    {
        var files = language == "python"
            ? new Dictionary<string, string>
            {
                ["pyproject.toml"] = "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n" +
                    "dependencies = [\"fastapi>=0.115\", \"uvicorn>=0.30\"]\n",
                ["main.py"] = "from fastapi import FastAPI\napp = FastAPI()\n",
            }
            : new Dictionary<string, string>
            {
                ["package.json"] =
                    """{"name":"demo","main":"server.js","dependencies":{"express":"4.21.2"}}""",
                ["server.js"] = "require('express');\n",
            };
        var report = ProjectDetector.Detect(new ProjectFileSet([], files));
        Assert.Null(report.Primary.Lockfile);
        var plan = ProjectScaffolder.Plan(new ScaffoldRequest { ProjectName = "demo", Tier = 2 },
            report.Primary, []);
        Assert.Contains(install, plan.Files[0].Content, StringComparison.Ordinal);

        // What scaffold prints: detection notes, then the generator's assumptions.
        var said = report.Notes.Concat(plan.Dockerfile.Assumptions)
            .Where(line => line.Contains("lock", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var line = Assert.Single(said);
        Assert.Contains(lockfile, line, StringComparison.Ordinal);
        Assert.Contains($"'{install}'", line, StringComparison.Ordinal);
    }
}
