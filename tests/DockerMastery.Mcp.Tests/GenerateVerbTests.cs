using DockerMastery.Mcp.Tests.Infrastructure;

namespace DockerMastery.Mcp.Tests;

public sealed class GenerateVerbTests : IDisposable
{
    private readonly NodeSampleFolder _sample = new();
    private readonly string _folder;

    public GenerateVerbTests() => _folder = _sample.Path;

    public void Dispose() => _sample.Dispose();

    private Task<(int Code, string Out, string Error)> Run(params string[] args) =>
        _sample.Run(args);

    [Fact]
    public async Task ScaffoldDetectsTheLanguageAndWritesIntoThePath()
    {
        var (code, output, _) = await Run("scaffold", "shop", "--path", ".", "--tier", "2");

        Assert.Equal(0, code);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(_folder, "Dockerfile"));
        Assert.Contains("npm ci --omit=dev", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"node\", \"server.js\"]", dockerfile, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, ".dockerignore")));
    }

    [Fact]
    public async Task ScaffoldNeverOverwritesWithoutForce()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "Dockerfile"), "FROM mine\n");

        var (code, _, error) = await Run("scaffold", "shop", "--path", _folder);
        Assert.Equal(2, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("FROM mine\n", await File.ReadAllTextAsync(Path.Combine(_folder, "Dockerfile")));
        Assert.False(File.Exists(Path.Combine(_folder, ".dockerignore")));

        Assert.Equal(0, (await Run("scaffold", "shop", "--path", _folder, "--force")).Code);
        Assert.NotEqual("FROM mine\n", await File.ReadAllTextAsync(Path.Combine(_folder, "Dockerfile")));
    }

    [Fact]
    public async Task DryRunPrintsAndWritesNothing()
    {
        var (code, output, _) = await Run("scaffold", "shop", "--path", _folder, "--dry-run", "--lang", "node");

        Assert.Equal(0, code);
        Assert.Contains("--- Dockerfile (would write", output, StringComparison.Ordinal);
        Assert.Contains("# syntax=docker/dockerfile:", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "Dockerfile")));
    }

    [Theory]
    [InlineData("--lang", "cobol", "--lang")]
    [InlineData("--tier", "7", "--tier")]
    [InlineData("--port", "70000", "--port")]
    [InlineData("--registry", "quay", "--registry")]
    public async Task BadOptionsNameTheOption(string option, string value, string named)
    {
        var (code, _, error) = await Run("scaffold", "shop", "--path", _folder, option, value);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "Dockerfile")));
    }

    [Fact]
    public async Task InjectedProjectNameIsRefused()
    {
        var (code, _, error) = await Run("scaffold", "shop\nRUN id", "--path", _folder);
        Assert.Equal(2, code);
        Assert.Contains("project name", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectPrintsJsonWithFactsAndLines()
    {
        var (code, output, _) = await Run("detect", ".", "--format", "json");

        Assert.Equal(0, code);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var app = Assert.Single(document.RootElement.GetProperty("apps").EnumerateArray());
        Assert.Equal("express", app.GetProperty("framework").GetString());
        Assert.Contains(app.GetProperty("facts").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "framework" && f.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task DetectOnAnEmptyFolderExplainsWhatItLookedFor()
    {
        var empty = Directory.CreateTempSubdirectory("dm-empty-").FullName;
        try
        {
            var (code, _, error) = await Run("detect", empty);
            Assert.Equal(1, code);
            Assert.Contains("pyproject.toml", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
