using System.Runtime.CompilerServices;
using System.Text.Json;
using DockerMastery.Mcp.Tools;
using Microsoft.Extensions.DependencyInjection;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

public class GenerateToolsTests
{
    private static readonly IServiceProvider Local = new ServiceCollection().BuildServiceProvider();

    internal static string Sample(string name, [CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (!Directory.Exists(Path.Combine(directory!.FullName, "samples")))
            directory = directory.Parent;
        return Path.Combine(directory.FullName, "samples", "apps", name);
    }

    private static JsonElement Structured(CallToolResult result)
    {
        Assert.NotEqual(true, result.IsError);
        Assert.NotNull(result.StructuredContent);
        Assert.NotEmpty(result.Content);
        return result.StructuredContent!.Value;
    }

    [Fact]
    public void GeneratesFromAProjectFolderWithDetectedFacts()
    {
        var result = Structured(GenerateTools.GenerateDockerfile(Local,
            projectPath: Sample("python-fastapi"), tier: 2, name: "fastapi-sample"));

        var dockerfile = result.GetProperty("dockerfile").GetString()!;
        Assert.Contains("\"uvicorn\", \"app.main:app\"", dockerfile, StringComparison.Ordinal);
        Assert.Contains("HEALTHCHECK", dockerfile, StringComparison.Ordinal);
        Assert.Contains("__pycache__/", result.GetProperty("dockerIgnore").GetString(), StringComparison.Ordinal);
        Assert.Equal("fastapi", result.GetProperty("project").GetProperty("framework").GetString());
        Assert.Equal(8000, result.GetProperty("project").GetProperty("port").GetInt32());
        Assert.Contains("docker build -t fastapi-sample .",
            result.GetProperty("buildCommands").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void GeneratesFromALanguageAloneAndReportsTheAssumptions()
    {
        var result = Structured(GenerateTools.GenerateDockerfile(Local, language: "go", tier: 3));

        var assumptions = result.GetProperty("assumptions").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(assumptions, a => a.Contains("port", StringComparison.Ordinal));
        Assert.Contains("--read-only", result.GetProperty("runCommand").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cobol", null, 1, "app", "language")]
    [InlineData("python", 0, 1, "app", "port")]
    [InlineData("python", 70000, 1, "app", "port")]
    [InlineData("node", null, 9, "app", "tier")]
    [InlineData("go", null, 1, "app\nRUN id", "name")]
    public void BadInputIsAToolErrorNamingTheField(
        string language, int? port, int tier, string name, string field)
    {
        var error = Assert.Throws<McpException>(() =>
            GenerateTools.GenerateDockerfile(Local, language: language, port: port, tier: tier, name: name));
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeitherLanguageNorPathIsRefused()
    {
        var error = Assert.Throws<McpException>(() => GenerateTools.GenerateDockerfile(Local));
        Assert.StartsWith("language:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolderIsRefusedAsProjectPath()
    {
        var error = Assert.Throws<McpException>(() =>
            GenerateTools.GenerateDockerfile(Local, projectPath: "/nonexistent/dm-project"));
        Assert.StartsWith("projectPath:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoteServerRefusesToReadItsOwnDisk()
    {
        var remote = new ServiceCollection().AddSingleton(new LocalFileAccess(false)).BuildServiceProvider();
        var error = Assert.Throws<McpException>(() =>
            GenerateTools.DetectProject(remote, projectPath: Sample("go-http")));
        Assert.StartsWith("projectPath:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectsFromAFileListAndContentsSentByTheClient()
    {
        var result = Structured(GenerateTools.DetectProject(Local,
            files: ["go.mod", "cmd/api/main.go", "cmd/api/handlers.go"],
            contents: new Dictionary<string, string>
            {
                ["go.mod"] = "module example.com/api\n\ngo 1.26\n",
                ["cmd/api/main.go"] = "package main\n\nimport \"net/http\"\n\nfunc main() " +
                    "{ http.ListenAndServe(\":7070\", nil) }\n",
            }));

        var app = Assert.Single(result.GetProperty("apps").EnumerateArray());
        Assert.Equal("./cmd/api", app.GetProperty("entrypoint").GetString());
        Assert.Equal(7070, app.GetProperty("port").GetInt32());
    }

    [Fact]
    public void DetectingNothingSaysWhatWasLookedFor()
    {
        var error = Assert.Throws<McpException>(() =>
            GenerateTools.DetectProject(Local, files: ["README.md"]));
        Assert.StartsWith("files:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cargo.toml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScaffoldReturnsFilesWithoutWritingUnlessAsked()
    {
        var folder = Directory.CreateTempSubdirectory("dm-tool-").FullName;
        try
        {
            File.Copy(Path.Combine(Sample("go-http"), "go.mod"), Path.Combine(folder, "go.mod"));
            File.WriteAllText(Path.Combine(folder, "main.go"), "package main\n\nfunc main() {}\n");

            var planned = Structured(GenerateTools.ScaffoldProject(Local, "demo", projectPath: folder));
            Assert.Equal(2, planned.GetProperty("files").GetArrayLength());
            Assert.Equal(0, planned.GetProperty("written").GetArrayLength());
            Assert.False(File.Exists(Path.Combine(folder, "Dockerfile")));

            var written = Structured(GenerateTools.ScaffoldProject(Local, "demo", projectPath: folder, write: true));
            Assert.Equal(2, written.GetProperty("written").GetArrayLength());
            Assert.True(File.Exists(Path.Combine(folder, "Dockerfile")));

            var again = Assert.Throws<McpException>(() =>
                GenerateTools.ScaffoldProject(Local, "demo", projectPath: folder, write: true));
            Assert.StartsWith("force:", again.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task OverHttpTheServerKeepsItsDiskToItself()
    {
        await using var server = await HttpTestServer.StartAsync();
        await using var client = await server.ConnectAsync(null);

        var detect = await client.CallToolAsync("detect_project",
            new Dictionary<string, object?> { ["projectPath"] = Sample("go-http") });
        Assert.True(detect.IsError);
        Assert.Contains("projectPath", string.Join("\n",
            detect.Content.OfType<TextContentBlock>().Select(t => t.Text)), StringComparison.Ordinal);

        var generated = await client.CallToolAsync("generate_dockerfile",
            new Dictionary<string, object?> { ["language"] = "go", ["tier"] = 2 });
        Assert.NotEqual(true, generated.IsError);
    }

    [Fact]
    public async Task ToolsAnswerARealClientWithStructuredContent()
    {
        await using var server = await InMemoryServer.StartAsync("2025-11-25");
        var tools = (await server.Client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.Contains("generate_dockerfile", tools);
        Assert.Contains("detect_project", tools);
        Assert.Contains("scaffold_project", tools);

        var result = await server.Client.CallToolAsync("generate_dockerfile", new Dictionary<string, object?>
        {
            ["projectPath"] = Sample("node-express"),
            ["tier"] = 3,
            ["name"] = "express-sample",
        });
        Assert.NotEqual(true, result.IsError);
        var structured = result.StructuredContent!.Value;
        Assert.Contains("npm ci --omit=dev", structured.GetProperty("dockerfile").GetString(),
            StringComparison.Ordinal);

        var bad = await server.Client.CallToolAsync("generate_dockerfile",
            new Dictionary<string, object?> { ["language"] = "python", ["port"] = 70000 });
        Assert.True(bad.IsError);
        Assert.Contains("port", bad.Content.OfType<TextContentBlock>().First().Text, StringComparison.Ordinal);
    }
}
