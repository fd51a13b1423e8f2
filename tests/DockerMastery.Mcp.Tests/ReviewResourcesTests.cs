using DockerMastery.Core.Review;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

public class ReviewResourcesTests
{
    [Fact]
    public async Task Rule_template_is_listed_and_every_rule_reads_as_markdown()
    {
        await using var server = await ReviewServer.StartAsync();

        var templates = await server.Client.ListResourceTemplatesAsync();
        Assert.Contains(templates, t => t.UriTemplate == "docker-mastery://rules/{id}" && t.MimeType == "text/markdown");

        foreach (var rule in RuleCatalog.All)
        {
            var read = await server.Client.ReadResourceAsync(rule.DocsUri);
            var text = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents));
            Assert.Equal(rule.Documentation, text.Text);
            Assert.Equal("text/markdown", text.MimeType);
        }
    }

    [Fact]
    public async Task Index_lists_every_rule()
    {
        await using var server = await ReviewServer.StartAsync();

        var resources = await server.Client.ListResourcesAsync();
        var read = await server.Client.ReadResourceAsync("docker-mastery://rules/index");

        Assert.DoesNotContain(resources, r => r.Uri.StartsWith("docker-mastery://rules", StringComparison.Ordinal));

        var text = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text;
        foreach (var rule in RuleCatalog.All)
            Assert.Contains($"[{rule.Id}](docker-mastery://rules/{rule.Id})", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_rule_is_resource_not_found()
    {
        await using var server = await ReviewServer.StartAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(
            () => server.Client.ReadResourceAsync("docker-mastery://rules/NOPE1").AsTask());

        Assert.Equal(McpErrorCode.ResourceNotFound, error.ErrorCode);
    }
}
