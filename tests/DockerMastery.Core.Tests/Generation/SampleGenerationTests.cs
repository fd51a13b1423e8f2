using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Tests.Detection;

namespace DockerMastery.Core.Tests.Generation;

/// <summary>Scaffold on each sample: the detected facts reach the Dockerfile.</summary>
public class SampleGenerationTests
{
    public static TheoryData<string, int, string[]> Cases() => new()
    {
        { "python-fastapi", 3, ["uv sync --frozen --no-dev", "\"uvicorn\", \"app.main:app\"", "EXPOSE 8000"] },
        { "python-stdlib", 3, ["RUN python -m unittest discover -q", "[\"/usr/bin/python3\", \"app.py\"]"] },
        { "python-stdlib", 1, ["FROM ${PYTHON_IMAGE}\n", "ENTRYPOINT [\"python\", \"app.py\"]"] },
        { "node-express", 3, ["COPY package.json package-lock.json ./", "RUN npm test", "\"server.js\"]"] },
        { "go-http", 4, ["COPY go.mod ./\n", "-o /out/app ./cmd/server", "GOARCH=$TARGETARCH"] },
        { "rust-http", 3, ["--bin rust-http", "--mount=type=cache,target=/src/target"] },
        { "java-http", 2, ["COPY pom.xml ./", "mvn -B -q dependency:go-offline", "-jar\", \"/app/app.jar\"]"] },
        { "dotnet-minimal-api", 3,
            ["COPY Directory.Build.props Directory.Packages.props TaskApi.csproj ./",
             "dotnet publish TaskApi.csproj", "ENTRYPOINT [\"/app/TaskApi\"]"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScaffoldOnTheSampleCarriesItsFacts(string sample, int tier, string[] expected)
    {
        var report = ProjectDetector.Detect(new FolderProjectFiles(Samples.Folder(sample)));
        var plan = ProjectScaffolder.Plan(
            new ScaffoldRequest { ProjectName = sample, Tier = tier }, report.Primary, []);

        var dockerfile = plan.Files[0];
        Assert.Equal("Dockerfile", dockerfile.Path);
        foreach (var text in expected)
            Assert.Contains(text, dockerfile.Content, StringComparison.Ordinal);
    }
}
