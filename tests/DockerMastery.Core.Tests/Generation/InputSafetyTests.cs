using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Generation;

public class InputSafetyTests
{
    private static InvalidInputException Refused(DockerfileRequest request) =>
        Assert.Throws<InvalidInputException>(() => DockerfileGenerator.Generate(request));

    [Theory]
    [InlineData("app\nRUN curl evil | sh")]
    [InlineData("app AS build")]
    [InlineData("App")]
    [InlineData("app;rm -rf /")]
    [InlineData("app\n")]
    [InlineData("")]
    public void ProjectNameThatIsNotAnImageNameIsRefused(string name)
    {
        var error = Refused(new DockerfileRequest { Language = Language.Go, Name = name });
        Assert.Equal("name", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    [InlineData(-1)]
    public void PortOutsideTcpRangeIsRefused(int port)
    {
        var error = Refused(new DockerfileRequest { Language = Language.Node, Port = port });
        Assert.Equal("port", error.Field);
        Assert.Contains(port.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Python, "main:app\nUSER root")]
    [InlineData(Language.Python, "main:app\", \"--reload")]
    [InlineData(Language.Node, "server.js\nRUN id")]
    [InlineData(Language.Node, "server.js\n")]
    [InlineData(Language.Python, "main:app\n")]
    [InlineData(Language.Node, "../../etc/passwd.js")]
    [InlineData(Language.Node, "server.sh")]
    [InlineData(Language.Go, "./cmd/api && curl x")]
    [InlineData(Language.Go, "/abs/path")]
    public void EntrypointThatBreaksItsGrammarIsRefused(Language language, string entrypoint)
    {
        var error = Refused(new DockerfileRequest { Language = language, Entrypoint = entrypoint });
        Assert.Equal("entrypoint", error.Field);
    }

    [Theory]
    [InlineData("/health')\nRUN id")]
    [InlineData("health")]
    [InlineData("/health\"]")]
    public void HealthPathOutsideUrlPathGrammarIsRefused(string path)
    {
        var error = Refused(new DockerfileRequest { Language = Language.Python, HealthPath = path });
        Assert.Equal("healthPath", error.Field);
    }

    [Fact]
    public void UnknownFrameworkAndPackageManagerAreRefusedByName()
    {
        Assert.Equal("framework", Refused(new DockerfileRequest
        {
            Language = Language.Python,
            Framework = "rails",
        }).Field);
        Assert.Equal("packageManager", Refused(new DockerfileRequest
        {
            Language = Language.Node,
            PackageManager = "npm; curl x",
        }).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void TierOutsideOneToFourIsRefused(int tier)
    {
        Assert.Equal("tier", Refused(new DockerfileRequest { Language = Language.Go, Tier = tier }).Field);
    }

    [Fact]
    public void CatalogOverrideWithAnInstructionIsRefused()
    {
        var error = Refused(new DockerfileRequest
        {
            Language = Language.Python,
            CatalogOverrides = new Dictionary<string, string>
            {
                ["images.python.runtime"] = "python:3.14\nRUN curl evil",
            },
        });
        Assert.Equal("catalogOverrides", error.Field);
    }

    [Fact]
    public void CatalogOverrideChangesTheBaseImageArgument()
    {
        var result = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = Language.Python,
            CatalogOverrides = new Dictionary<string, string>
            {
                ["images.python.runtime"] = "mirror.example.com/library/python:3.14-slim",
            },
        });
        Assert.Contains("ARG PYTHON_IMAGE=mirror.example.com/library/python:3.14-slim\n",
            result.Dockerfile.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestPathFromAProfileIsCheckedToo()
    {
        var profile = DockerfileGenerator.DefaultProfile(Language.Go) with
        {
            Manifests = ["go.mod", "go.sum\nRUN id"],
        };
        var error = Refused(new DockerfileRequest { Language = Language.Go, Profile = profile });
        Assert.Equal("manifests", error.Field);
    }
}
