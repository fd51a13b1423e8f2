using System.Text.Json.Nodes;
using DockerMastery.Mcp.Tests.Infrastructure;

namespace DockerMastery.Mcp.Tests.Protocol;

public sealed class StdoutPurityTests
{
    [Theory]
    [InlineData("option")]
    [InlineData("environment")]
    public async Task Every_stdout_line_is_json_rpc_at_debug_level(string levelFrom)
    {
        await using var server = levelFrom == "option"
            ? RawStdioServer.Start(null, "--log-level", "debug")
            : RawStdioServer.Start(new Dictionary<string, string>
            {
                ["DOCKER_MASTERY_LOG_LEVEL"] = "trace",
            });
        await server.InitializeAsync();

        var id = 1;
        foreach (var (method, parameters) in Session())
            await server.SendAsync(RawStdioServer.Request(id++, method, parameters));
        await server.SendAsync("this is not json");
        await server.ResponseAsync(id - 1);
        var exit = await server.CloseAndWaitAsync();

        Assert.Equal(0, exit);
        Assert.NotEmpty(server.Stdout);
        server.AssertStdoutIsJsonRpc();

        // The logs exist, and they went to stderr: the host's own lifetime messages included.
        Assert.Contains(server.Stderr, l => l.Contains("DBG", StringComparison.Ordinal));
        Assert.Contains(
            server.Stderr, l => l.Contains("Application started", StringComparison.Ordinal));
    }

    private static IEnumerable<(string, JsonNode?)> Session() =>
    [
        ("tools/list", null),
        ("tools/call", new JsonObject
        {
            ["name"] = "select_tier",
            ["arguments"] = new JsonObject { ["containerCount"] = 12 },
        }),
        ("tools/call", new JsonObject
        {
            ["name"] = "select_tier",
            ["arguments"] = new JsonObject { ["scale"] = "bogus" },
        }),
        ("tools/call", new JsonObject
        {
            ["name"] = "search_skill",
            ["arguments"] = new JsonObject { ["query"] = "healthcheck" },
        }),
        ("resources/list", null),
        ("resources/templates/list", null),
        ("prompts/list", null),
        ("prompts/get", new JsonObject { ["name"] = "containerize" }),
        ("completion/complete", new JsonObject
        {
            ["ref"] = new JsonObject { ["type"] = "ref/prompt", ["name"] = "containerize" },
            ["argument"] = new JsonObject { ["name"] = "ci", ["value"] = "g" },
        }),
        ("no/such/method", null),
        ("ping", null),
    ];
}
