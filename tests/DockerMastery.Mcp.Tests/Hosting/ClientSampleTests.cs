using System.Text.Json;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Client;

namespace DockerMastery.Mcp.Tests.Hosting;

/// <summary>The client snippets in samples/clients start a server that answers.</summary>
public sealed class ClientSampleTests
{
    private const string ReleaseDll =
        "src/DockerMastery.Mcp/bin/Release/net10.0/docker-mastery.dll";

    public static TheoryData<string, string> Samples => new()
    {
        { "samples/clients/.mcp.json", "mcpServers" },
        { "samples/clients/claude_desktop_config.json", "mcpServers" },
        { "samples/clients/.vscode/mcp.json", "servers" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_starts_a_server_that_lists_the_tools(string file, string section)
    {
        using var sample = JsonDocument.Parse(
            await File.ReadAllTextAsync(Path.Combine(BuiltServer.RepositoryRoot, file)));
        var server = sample.RootElement.GetProperty(section).GetProperty("docker-mastery");
        Assert.Equal("dotnet", server.GetProperty("command").GetString());
        var dll = Assert.Single(server.GetProperty("args").EnumerateArray()).GetString()!;
        Assert.EndsWith(ReleaseDll, dll, StringComparison.Ordinal);

        // Start it the way the client would, with the dll these tests were built against.
        var environment = server.GetProperty("env").EnumerateObject()
            .ToDictionary(p => p.Name, p => (string?)p.Value.GetString());
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [BuiltServer.Dll],
            EnvironmentVariables = environment,
            WorkingDirectory = BuiltServer.RepositoryRoot,
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = Protocols.Pinned,
        });
        var tools = await client.ListToolsAsync();
        Assert.Contains(tools, t => t.Name == "select_tier");
    }

    [Fact]
    public void Claude_code_line_and_shared_server_entry_name_the_real_endpoints()
    {
        var script = File.ReadAllText(
            Path.Combine(BuiltServer.RepositoryRoot, "samples/clients/claude-code.sh"));
        Assert.Contains($"claude mcp add docker-mastery", script, StringComparison.Ordinal);
        Assert.Contains(ReleaseDll, script, StringComparison.Ordinal);

        using var vscode = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(BuiltServer.RepositoryRoot, "samples/clients/.vscode/mcp.json")));
        var shared = vscode.RootElement.GetProperty("servers").GetProperty("docker-mastery-shared");
        Assert.Equal("http://127.0.0.1:3001/mcp", shared.GetProperty("url").GetString());
        Assert.Equal(new Mcp.Hosting.ServeOptions().Urls.Single() + "/mcp",
            shared.GetProperty("url").GetString());
    }
}
