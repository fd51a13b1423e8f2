using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Tests.Detection;

public class SampleDetectionTests
{
    [Theory]
    [InlineData("python-fastapi", "python", "fastapi", "uv", "app.main:app", 8000)]
    [InlineData("python-stdlib", "python", "none", "none", "app.py", 8000)]
    [InlineData("node-express", "node", "express", "npm", "server.js", 3000)]
    [InlineData("go-http", "go", "net/http", "go", "./cmd/server", 8080)]
    [InlineData("rust-http", "rust", "none", "cargo", "rust-http", 8080)]
    [InlineData("java-http", "java", "none", "maven", ".", 8080)]
    [InlineData("dotnet-minimal-api", "dotnet", "aspnetcore", "dotnet", "TaskApi.csproj", 8080)]
    public void NamesLanguageFrameworkPackageManagerEntrypointAndPort(
        string sample, string language, string framework, string pm, string entry, int? port)
    {
        var report = ProjectDetector.Detect(new FolderProjectFiles(Samples.Folder(sample)));

        var app = Assert.Single(report.Apps);
        Assert.Equal(language, app.Language.Name());
        Assert.Equal(framework, app.Framework);
        Assert.Equal(pm, app.PackageManager);
        Assert.Equal(entry, app.Entrypoint);
        Assert.Equal(port, app.Port);
        Assert.All(app.Facts, f => Assert.False(string.IsNullOrEmpty(f.File)));
    }
}
