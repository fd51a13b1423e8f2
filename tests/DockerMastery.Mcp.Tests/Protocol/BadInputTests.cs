using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests.Protocol;

public sealed class BadInputTests
{
    public static TheoryData<string, string, object?, string> Cases => new()
    {
        { "select_tier", "containerCount", 0, "containerCount" },
        { "select_tier", "teamSize", -3, "teamSize" },
        { "select_tier", "scale", "galactic", "scale" },
        { "select_tier", "registry", "dockerhub\nFROM evil", "registry" },
        { "select_tier", "ci", "travis", "ci" },
        { "select_tier", "security", new[] { "non-root", "magic" }, "security[1]" },
        { "select_tier", "compliance", new[] { "" }, "compliance[0]" },
        { "search_skill", "query", "", "query" },
        { "search_skill", "query", new string('a', 5 * 1024 * 1024), "query" },
        { "search_skill", "limit", 0, "limit" },
        { "read_skill", "target", "", "target" },
        { "read_skill", "target", "references/../../etc/passwd", "target" },
        { "read_skill", "target", new string('x', 5 * 1024 * 1024), "target" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_a_tool_error_naming_the_field(
        string tool, string field, object? value, string named)
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var arguments = new Dictionary<string, object?> { [field] = value };
        if (tool == "search_skill" && field != "query")
            arguments["query"] = "healthcheck";

        var result = await server.Client.CallToolAsync(tool, arguments);

        Assert.True(result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains($"{named}:", text, StringComparison.Ordinal);
        Assert.True(text.Length < 2000, "the error must not echo a huge input back");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);

        var after = await server.Client.CallToolAsync("select_tier",
            new Dictionary<string, object?> { ["containerCount"] = 1 });
        Assert.True(after.IsError is not true);
    }

    [Fact]
    public async Task Wrong_argument_types_are_refused_and_the_server_keeps_serving()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var result = await server.Client.CallToolAsync("select_tier",
            new Dictionary<string, object?> { ["containerCount"] = "lots", ["multiArch"] = 3 });
        Assert.True(result.IsError);
        await server.Client.PingAsync();
    }

    [Fact]
    public async Task Unknown_tool_is_refused_and_the_server_keeps_serving()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var error = await Record.ExceptionAsync(() => server.Client.CallToolAsync(
            "no_such_tool", new Dictionary<string, object?>()).AsTask());
        Assert.NotNull(error);
        Assert.Contains("no_such_tool", error.Message, StringComparison.Ordinal);
        await server.Client.PingAsync();
    }
}
