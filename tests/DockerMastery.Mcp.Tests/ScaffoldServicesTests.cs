using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Schema;
using DockerMastery.Core.Compose.Yaml;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

/// <summary>scaffold --services / scaffold_project services: the compose stack holds the named
/// services beside the app, and the stack is clean and valid.</summary>
public sealed class ScaffoldServicesTests : IDisposable
{
    private readonly NodeSampleFolder _sample = new();
    private readonly string _folder;

    public ScaffoldServicesTests() => _folder = _sample.Path;

    public void Dispose() => _sample.Dispose();

    private Task<(int Code, string Out, string Error)> Run(params string[] args) =>
        _sample.Run(args);

    private static string[] ServiceNames(string compose)
    {
        var root = Assert.IsType<YamlSourceMapping>(YamlSourceReader.Read(compose));
        return root.Mapping("services")!.Entries.Select(e => e.Key.Value).ToArray();
    }

    /// <summary>Reviews compose.yaml alone and the override over it: no finding of any
    /// severity, and compose.yaml is valid for the Compose Specification's schema.</summary>
    private static void AssertCleanAndValid(string compose, string development)
    {
        Assert.Empty(ComposeSchema.Validate(YamlSourceReader.Read(compose)));
        Assert.Empty(ComposeReviewer.Review(compose).Findings);
        Assert.Empty(ComposeReviewer.Review(development, [compose]).Findings);
    }

    [Fact]
    public async Task Scaffold_with_services_writes_a_clean_valid_stack_holding_them()
    {
        var (code, output, error) = await Run(
            "scaffold", "shop", "--path", ".", "--tier", "2", "--services", "postgres, redis");

        Assert.True(code == 0, error);
        Assert.Contains("compose.yaml", output, StringComparison.Ordinal);
        var compose = await File.ReadAllTextAsync(Path.Combine(_folder, "compose.yaml"));
        var development = await File.ReadAllTextAsync(
            Path.Combine(_folder, "compose.override.yaml"));
        var env = await File.ReadAllTextAsync(Path.Combine(_folder, ".env.example"));
        Assert.Equal(["app", "postgres", "redis"], ServiceNames(compose).Order().ToArray());
        Assert.Contains("condition: service_healthy", compose, StringComparison.Ordinal);
        Assert.Contains("POSTGRES_", env, StringComparison.Ordinal);
        AssertCleanAndValid(compose, development);
    }

    [Fact]
    public async Task Scaffold_without_services_keeps_the_app_alone()
    {
        var (code, _, error) = await Run("scaffold", "shop", "--path", ".", "--tier", "2");

        Assert.True(code == 0, error);
        var compose = await File.ReadAllTextAsync(Path.Combine(_folder, "compose.yaml"));
        Assert.Equal(["app"], ServiceNames(compose));
    }

    [Fact]
    public async Task Naming_services_at_tier_1_adds_the_compose_files()
    {
        var (code, _, error) = await Run(
            "scaffold", "shop", "--path", ".", "--services=mongodb");

        Assert.True(code == 0, error);
        var compose = await File.ReadAllTextAsync(Path.Combine(_folder, "compose.yaml"));
        Assert.Contains("mongo", ServiceNames(compose));
    }

    [Theory]
    [InlineData("postgres,oracle", "'oracle' is not one of postgres, mysql")]
    [InlineData("postgres,,redis", "'' is not one of")]
    [InlineData("postgres,mysql", "choose one a relational database")]
    public async Task Scaffold_refuses_bad_services_naming_the_option(string value, string problem)
    {
        var (code, output, error) = await Run(
            "scaffold", "shop", "--path", ".", "--tier", "2", "--services", value);

        Assert.Equal(2, code);
        Assert.Contains("docker-mastery scaffold: --services: ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "Dockerfile")));
        Assert.False(File.Exists(Path.Combine(_folder, "compose.yaml")));
    }

    [Fact]
    public async Task Scaffold_project_tool_carries_services_and_refuses_unknown_ones()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);

        Task<CallToolResult> Scaffold(params string[] services) =>
            server.Client.CallToolAsync("scaffold_project", new Dictionary<string, object?>
            {
                ["projectName"] = "shop",
                ["language"] = "python",
                ["tier"] = 2,
                ["services"] = services,
            }).AsTask();
        var result = await Scaffold("postgres", "redis");
        var bad = await Scaffold("redis", "cassandra");

        Assert.NotEqual(true, result.IsError);
        var files = result.StructuredContent!.Value.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!,
                f => f.GetProperty("content").GetString()!);
        Assert.Equal(["app", "postgres", "redis"],
            ServiceNames(files["compose.yaml"]).Order().ToArray());
        AssertCleanAndValid(files["compose.yaml"], files["compose.override.yaml"]);

        Assert.True(bad.IsError);
        var text = string.Concat(bad.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.Contains("services", text, StringComparison.Ordinal);
        Assert.Contains("'cassandra' is not one of", text, StringComparison.Ordinal);
    }
}
