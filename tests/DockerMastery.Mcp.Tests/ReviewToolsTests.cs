using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

public class ReviewToolsTests
{
    private const string Bad = "FROM python:latest\nADD app.py /app/\nCMD python /app/app.py\n";

    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    [Fact]
    public async Task Review_returns_findings_with_rule_line_fix_and_docs()
    {
        await using var server = await ReviewServer.StartAsync();

        var result = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = Bad });

        Assert.NotEqual(true, result.IsError);
        var structured = result.StructuredContent!.Value;
        var findings = structured.GetProperty("findings").EnumerateArray().ToArray();
        var latest = findings.Single(f => f.GetProperty("ruleId").GetString() == "DL3007");
        Assert.Equal(1, latest.GetProperty("line").GetInt32());
        Assert.Equal("warning", latest.GetProperty("severity").GetString());
        Assert.Equal("docker-mastery://rules/DL3007", latest.GetProperty("docsUri").GetString());
        Assert.False(string.IsNullOrEmpty(latest.GetProperty("fix").GetString()));
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "DL3020" && f.GetProperty("line").GetInt32() == 2);
        Assert.False(structured.GetProperty("passes").GetBoolean());
        Assert.True(structured.GetProperty("score").GetInt32() < 100);
        Assert.Contains("DL3025", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_returns_the_fixed_dockerfile_and_a_diff()
    {
        await using var server = await ReviewServer.StartAsync();

        var result = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = Bad, ["fix"] = true });

        var structured = result.StructuredContent!.Value;
        var fixedText = structured.GetProperty("fixedDockerfile").GetString()!;
        Assert.Contains("COPY app.py /app/", fixedText, StringComparison.Ordinal);
        Assert.Contains("CMD [\"python\", \"/app/app.py\"]", fixedText, StringComparison.Ordinal);
        var diff = structured.GetProperty("diff").GetString()!;
        Assert.Contains("-ADD app.py /app/", diff, StringComparison.Ordinal);
        Assert.Contains("+COPY app.py /app/", diff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public async Task Empty_dockerfile_is_a_tool_error_naming_the_field(string text)
    {
        await using var server = await ReviewServer.StartAsync();

        var result = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = text });

        Assert.True(result.IsError);
        Assert.Contains("dockerfile", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_dockerfile_is_refused_and_the_server_still_answers()
    {
        await using var server = await ReviewServer.StartAsync();
        var huge = "FROM alpine:3.20\n" + string.Concat(Enumerable.Repeat("RUN echo " + new string('x', 1000) + "\n", 5000));

        var refused = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = huge });
        var after = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = "FROM alpine:3.20\n" });

        Assert.True(refused.IsError);
        Assert.Contains("dockerfile", Text(refused), StringComparison.Ordinal);
        Assert.Contains("1048576", Text(refused), StringComparison.Ordinal);
        Assert.NotEqual(true, after.IsError);
    }

    [Fact]
    public async Task Unknown_ignore_id_is_a_tool_error_naming_the_field()
    {
        await using var server = await ReviewServer.StartAsync();

        var result = await server.Client.CallToolAsync("review_dockerfile",
            new Dictionary<string, object?> { ["dockerfile"] = Bad, ["ignore"] = new[] { "DL9999" } });

        Assert.True(result.IsError);
        Assert.Contains("ignore", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_rule_returns_the_documentation_and_refuses_unknown_ids()
    {
        await using var server = await ReviewServer.StartAsync();

        var known = await server.Client.CallToolAsync("explain_rule",
            new Dictionary<string, object?> { ["id"] = "jsonargsrecommended" });
        var unknown = await server.Client.CallToolAsync("explain_rule",
            new Dictionary<string, object?> { ["id"] = "XX1" });

        var structured = known.StructuredContent!.Value;
        Assert.Equal("DL3025", structured.GetProperty("id").GetString());
        Assert.Contains("## Why it matters", structured.GetProperty("documentation").GetString(), StringComparison.Ordinal);
        Assert.True(unknown.IsError);
        Assert.Contains("id", Text(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_declare_output_schemas()
    {
        await using var server = await ReviewServer.StartAsync();

        var tools = await server.Client.ListToolsAsync();

        foreach (var name in new[] { "review_dockerfile", "explain_rule" })
        {
            var tool = tools.Single(t => t.Name == name);
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
        }

        var schema = tools.Single(t => t.Name == "review_dockerfile").ProtocolTool.OutputSchema!.Value;
        Assert.Equal(JsonValueKind.Object, schema.GetProperty("properties").GetProperty("findings").ValueKind);
    }
}
