using System.Text.Json.Nodes;
using DockerMastery.Mcp.Tests.Infrastructure;

namespace DockerMastery.Mcp.Tests.Protocol;

public sealed class HostileStdioTests
{
    [Fact]
    public async Task Malformed_json_is_survived()
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        await server.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,");
        await server.SendAsync("[1,2,3]");
        await server.SendAsync("\"just a string\"");
        await server.SendAsync(RawStdioServer.Request(2, "ping"));

        var pong = await server.ResponseAsync(2);
        Assert.True(pong.TryGetProperty("result", out _));
        server.AssertStdoutIsJsonRpc();
    }

    [Fact]
    public async Task Unknown_method_is_method_not_found()
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        await server.SendAsync(RawStdioServer.Request(3, "tools/explode"));

        var error = (await server.ResponseAsync(3)).GetProperty("error");
        Assert.Equal(-32601, error.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("tools/call", "\"select_tier\"")]
    [InlineData("tools/call", "{\"name\":42}")]
    [InlineData("resources/read", "{\"uri\":{\"not\":\"a string\"}}")]
    [InlineData("prompts/get", "[\"containerize\"]")]
    [InlineData("completion/complete", "{\"ref\":7}")]
    public async Task Wrong_parameter_types_get_an_error_with_the_request_id(
        string method, string parameters)
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        await server.SendAsync(
            $"{{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"{method}\",\"params\":{parameters}}}");

        var response = await server.ResponseAsync(4);
        Assert.True(response.TryGetProperty("error", out var error), response.ToString());
        Assert.True(error.GetProperty("code").GetInt32() < 0);
        await server.SendAsync(RawStdioServer.Request(5, "ping"));
        await server.ResponseAsync(5);
    }

    [Fact]
    public async Task Oversized_message_is_answered_and_the_server_keeps_serving()
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        var huge = new string('q', 16 * 1024 * 1024);
        await server.SendAsync(RawStdioServer.Request(6, "tools/call", new JsonObject
        {
            ["name"] = "search_skill",
            ["arguments"] = new JsonObject { ["query"] = huge },
        }));

        var result = (await server.ResponseAsync(6, 60)).GetProperty("result");
        Assert.True(result.GetProperty("isError").GetBoolean());
        Assert.Contains("query:", result.GetProperty("content")[0].GetProperty("text").GetString(),
            StringComparison.Ordinal);
        Assert.True(server.Stdout.Max(l => l.Length) < 10_000, "the huge input was echoed back");
        await server.SendAsync(RawStdioServer.Request(7, "ping"));
        await server.ResponseAsync(7);
    }

    [Fact]
    public async Task Requests_after_a_cancellation_are_served()
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        for (var id = 10; id < 20; id++)
        {
            await server.SendAsync(RawStdioServer.Request(id, "tools/call", new JsonObject
            {
                ["name"] = "search_skill",
                ["arguments"] = new JsonObject { ["query"] = "multi stage build cache" },
            }));
            await server.SendAsync(new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["method"] = "notifications/cancelled",
                ["params"] = new JsonObject { ["requestId"] = id, ["reason"] = "test" },
            });
        }

        // Cancelling an unknown or finished request is harmless too.
        await server.SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "notifications/cancelled",
            ["params"] = new JsonObject { ["requestId"] = 999 },
        });
        await server.SendAsync(RawStdioServer.Request(20, "tools/call", new JsonObject
        {
            ["name"] = "select_tier",
            ["arguments"] = new JsonObject { ["containerCount"] = 1 },
        }));

        var after = (await server.ResponseAsync(20)).GetProperty("result");
        Assert.Equal(1, after.GetProperty("structuredContent").GetProperty("tier").GetInt32());
        server.AssertStdoutIsJsonRpc();
    }

    [Fact]
    public async Task Client_disconnecting_mid_call_ends_the_server_cleanly()
    {
        await using var server = RawStdioServer.Start();
        await server.InitializeAsync();
        await server.SendAsync(RawStdioServer.Request(30, "tools/call", new JsonObject
        {
            ["name"] = "search_skill",
            ["arguments"] = new JsonObject { ["query"] = "docker compose healthcheck volumes" },
        }));

        var exit = await server.CloseAndWaitAsync();

        Assert.Equal(0, exit);
        Assert.DoesNotContain(
            server.Stderr, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
        server.AssertStdoutIsJsonRpc();
    }
}
