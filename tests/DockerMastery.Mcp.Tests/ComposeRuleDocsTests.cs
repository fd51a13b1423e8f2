using DockerMastery.Core.Compose;
using DockerMastery.Mcp.Cli;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

/// <summary>The compose rules (DC...) are served by the same faces as the Dockerfile rules:
/// explain_rule, the rules resource template and its completion, and the rule verb.</summary>
public class ComposeRuleDocsTests
{
    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), Path.GetTempPath());
        var exit = await VerbCatalog.RunAsync(args, console, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Explain_rule_answers_for_a_compose_rule()
    {
        await using var server = await ReviewServer.StartAsync();

        var result = await server.Client.CallToolAsync("explain_rule",
            new Dictionary<string, object?> { ["id"] = "dc201" });

        Assert.NotEqual(true, result.IsError);
        var rule = ComposeReviewer.Rule("DC201")!;
        var structured = result.StructuredContent!.Value;
        Assert.Equal("DC201", structured.GetProperty("id").GetString());
        Assert.Equal("compose", structured.GetProperty("source").GetString());
        Assert.Equal("error", structured.GetProperty("severity").GetString());
        Assert.Equal(rule.Title, structured.GetProperty("title").GetString());
        Assert.Equal(rule.Fix, structured.GetProperty("fix").GetString());
        Assert.Equal(rule.ToMarkdown(), structured.GetProperty("documentation").GetString());
        Assert.Equal("docker-mastery://rules/DC201", structured.GetProperty("docsUri").GetString());
        Assert.Contains("privileged: true", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_rule_still_refuses_an_unknown_id_naming_the_field()
    {
        await using var server = await ReviewServer.StartAsync();

        var unknown = await server.Client.CallToolAsync("explain_rule",
            new Dictionary<string, object?> { ["id"] = "DC999" });

        Assert.True(unknown.IsError);
        var text = Text(unknown);
        Assert.Contains("id", text, StringComparison.Ordinal);
        Assert.Contains("DC999", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_resource_serves_compose_rules_and_lists_them_in_the_index()
    {
        await using var server = await ReviewServer.StartAsync();

        var read = await server.Client.ReadResourceAsync("docker-mastery://rules/DC202");
        var index = await server.Client.ReadResourceAsync("docker-mastery://rules/index");
        var missing = await Assert.ThrowsAsync<McpProtocolException>(
            () => server.Client.ReadResourceAsync("docker-mastery://rules/DC999").AsTask());

        var doc = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents));
        Assert.Equal(ComposeReviewer.Rule("DC202")!.ToMarkdown(), doc.Text);
        Assert.Equal("text/markdown", doc.MimeType);
        var table = Assert.IsType<TextResourceContents>(Assert.Single(index.Contents)).Text;
        foreach (var rule in ComposeReviewer.Rules)
        {
            Assert.Contains($"| [{rule.Id}](docker-mastery://rules/{rule.Id}) | " +
                $"{rule.Severity.ToString().ToLowerInvariant()} | compose |", table,
                StringComparison.Ordinal);
        }

        Assert.Contains("[DL3008](docker-mastery://rules/DL3008)", table, StringComparison.Ordinal);
        Assert.Equal(McpErrorCode.ResourceNotFound, missing.ErrorCode);
    }

    [Fact]
    public async Task Completing_DC2_lists_the_compose_rule_ids()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);

        var completion = await server.Client.CompleteAsync(
            new ResourceTemplateReference { Uri = "docker-mastery://rules/{id}" }, "id", "DC2");

        var expected = ComposeReviewer.Rules.Select(r => r.Id)
            .Where(id => id.StartsWith("DC2", StringComparison.Ordinal)).ToArray();
        Assert.Contains("DC201", expected);
        Assert.Contains("DC211", expected);
        Assert.Equal(expected, completion.Completion.Values);
    }

    [Fact]
    public async Task Rule_verb_prints_compose_rules_lists_them_and_names_the_bad_id()
    {
        var doc = await Run("rule", "DC207");
        var list = await Run("rule", "--list");
        var unknown = await Run("rule", "DC999");

        Assert.Equal(0, doc.Exit);
        Assert.Equal(ComposeReviewer.Rule("DC207")!.ToMarkdown(), doc.Out);
        Assert.Equal(0, list.Exit);
        foreach (var rule in ComposeReviewer.Rules)
            Assert.Contains(rule.Id, list.Out, StringComparison.Ordinal);
        Assert.Contains("DL3008", list.Out, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("<id> 'DC999'", unknown.Error, StringComparison.Ordinal);
        Assert.Empty(unknown.Out);
    }
}
