using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests.Http;

/// <summary>
/// A server reached over HTTP must not read or write its own disk for remote callers; a stdio
/// server on the user's machine still works with local paths.
/// </summary>
public sealed class HttpDiskAccessTests
{
    public static TheoryData<bool, HttpTransportMode> Modes => new()
    {
        { false, HttpTransportMode.StreamableHttp },
        { true, HttpTransportMode.StreamableHttp },
        { false, HttpTransportMode.Sse },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Scaffold_write_over_http_is_refused_and_writes_nothing(
        bool stateless, HttpTransportMode mode)
    {
        var target = Path.Combine(Path.GetTempPath(), $"dm-http-{Guid.NewGuid():N}");
        await using var server = await HttpTestServer.StartAsync(
            new ServeOptions { Stateless = stateless });
        await using var client = await server.ConnectAsync(Protocols.Pinned, mode);

        var result = await client.CallToolAsync("scaffold_project",
            new Dictionary<string, object?>
            {
                ["projectName"] = "demo",
                ["language"] = "node",
                ["projectPath"] = target,
                ["write"] = true,
            });

        AssertRefused(result, "write:");
        Assert.False(Directory.Exists(target), $"{target} was created over HTTP");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Reading_a_project_path_over_http_is_refused(
        bool stateless, HttpTransportMode mode)
    {
        await using var server = await HttpTestServer.StartAsync(
            new ServeOptions { Stateless = stateless });
        await using var client = await server.ConnectAsync(Protocols.Pinned, mode);
        var sample = GenerateToolsTests.Sample("node-express");

        foreach (var tool in new[] { "generate_dockerfile", "scaffold_project" })
        {
            var result = await client.CallToolAsync(tool, new Dictionary<string, object?>
            {
                ["projectName"] = "demo",
                ["language"] = "node",
                ["projectPath"] = sample,
            });
            AssertRefused(result, "projectPath:");
        }

        var detect = await client.CallToolAsync("detect_project",
            new Dictionary<string, object?> { ["projectPath"] = sample });
        AssertRefused(detect, "projectPath:");

        var sent = await client.CallToolAsync("detect_project", new Dictionary<string, object?>
        {
            ["files"] = new[] { "package.json", "server.js" },
            ["contents"] = new Dictionary<string, string>
            {
                ["package.json"] = """{"name":"api","dependencies":{"express":"5.1.0"}}""",
            },
        });
        Assert.NotEqual(true, sent.IsError);
    }

    [Fact]
    public async Task Stdio_server_still_reads_local_project_paths()
    {
        await using var client = await BuiltServer.StartStdioAsync(Protocols.Pinned);
        var result = await client.CallToolAsync("detect_project",
            new Dictionary<string, object?>
            {
                ["projectPath"] = GenerateToolsTests.Sample("node-express"),
            });

        Assert.NotEqual(true, result.IsError);
        var app = Assert.Single(
            result.StructuredContent!.Value.GetProperty("apps").EnumerateArray());
        Assert.Equal("node", app.GetProperty("language").GetString());
    }

    private static void AssertRefused(CallToolResult result, string fieldPrefix)
    {
        Assert.True(result.IsError, "the call was not refused");
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        Assert.True(text.Contains($"': {fieldPrefix}", StringComparison.Ordinal), text);
        Assert.Contains("over HTTP", text, StringComparison.Ordinal);
    }
}
