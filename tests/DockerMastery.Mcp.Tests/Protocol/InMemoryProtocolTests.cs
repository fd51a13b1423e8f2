using System.Text.Json;
using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests.Protocol;

public sealed class InMemoryProtocolTests
{
    [Theory]
    [MemberData(nameof(Protocols.Both), MemberType = typeof(Protocols))]
    public async Task Every_capability_answers(string? protocol)
    {
        await using var server = await InMemoryServer.StartAsync(protocol);
        if (protocol is not null)
            Assert.Equal(protocol, server.Client.NegotiatedProtocolVersion);
        else
            Assert.Equal("2026-07-28", server.Client.NegotiatedProtocolVersion);

        await ServerWalk.RunAsync(server.Client, TestSkill.Library);
    }

    [Theory]
    [MemberData(nameof(Protocols.Both), MemberType = typeof(Protocols))]
    public async Task Embedded_skill_is_served_file_for_file(string? protocol)
    {
        await using var server = await InMemoryServer.StartAsync(protocol, SkillLibrary.Default);
        await ServerWalk.ReadEveryResourceAsync(server.Client, SkillLibrary.Default);
    }

    [Fact]
    public async Task Search_returns_the_hardening_section_first_with_a_section_uri()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var result = await server.Client.CallToolAsync("search_skill",
            new Dictionary<string, object?> { ["query"] = "read-only root filesystem" });

        var matches = result.StructuredContent!.Value.GetProperty("matches");
        var first = matches[0];
        Assert.Equal("Read-only root filesystem", first.GetProperty("heading").GetString());
        Assert.Equal("references/security-hardening.md", first.GetProperty("file").GetString());
        var uri = first.GetProperty("uri").GetString()!;
        Assert.Equal(
            "docker-mastery://references/security-hardening#read-only-root-filesystem", uri);

        var section = await server.Client.ReadResourceAsync(uri);
        var text = Assert.IsType<TextResourceContents>(Assert.Single(section.Contents)).Text;
        Assert.StartsWith("## Read-only root filesystem", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dropping capabilities", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_read_by_fragment_and_by_query_form()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var byFragment = await server.Client.ReadResourceAsync(
            "docker-mastery://skill#required-clarifications");
        var byQuery = await server.Client.ReadResourceAsync(
            "docker-mastery://skill?section=required-clarifications");
        var text = Assert.IsType<TextResourceContents>(Assert.Single(byFragment.Contents)).Text;
        var queried = Assert.IsType<TextResourceContents>(Assert.Single(byQuery.Contents));
        Assert.Equal(text, queried.Text);
        Assert.Contains("### Defaults table", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## References", text, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<McpProtocolException>(() =>
            server.Client.ReadResourceAsync("docker-mastery://skill#no-such-section").AsTask());
        Assert.Contains("no-such-section", missing.Message, StringComparison.Ordinal);
        Assert.Contains("required-clarifications", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_resource_is_a_protocol_error_and_the_server_keeps_serving()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        await Assert.ThrowsAsync<McpProtocolException>(() =>
            server.Client.ReadResourceAsync("docker-mastery://references/nope").AsTask());
        await Assert.ThrowsAsync<McpProtocolException>(() =>
            server.Client.ReadResourceAsync("docker-mastery://references/../SKILL.md").AsTask());
        await server.Client.PingAsync();
    }

    [Fact]
    public async Task Templates_and_scripts_have_their_mime_types()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var resources = (await server.Client.ListResourcesAsync())
            .ToDictionary(r => r.Uri, r => r.ProtocolResource);
        const string prefix = "docker-mastery://";
        Assert.Equal("text/markdown", resources[prefix + "skill"].MimeType);
        Assert.Equal("Test skill for the protocol tests.", resources[prefix + "skill"].Description);
        Assert.Equal("text/x-dockerfile",
            resources[prefix + "templates/dockerfile_python.Dockerfile"].MimeType);
        Assert.Equal("application/yaml",
            resources[prefix + "templates/compose_full_stack.yml"].MimeType);
        Assert.Equal("text/x-python", resources[prefix + "scripts/scaffold_docker.py"].MimeType);

        var byTemplate = await server.Client.ReadResourceAsync(
            "docker-mastery://references/{name}",
            new Dictionary<string, object?> { ["name"] = "compose-patterns" });
        Assert.Equal(TestSkill.Compose,
            Assert.IsType<TextResourceContents>(Assert.Single(byTemplate.Contents)).Text);
    }

    [Fact]
    public async Task Select_tier_reports_reasons_defaults_and_references()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var result = await server.Client.CallToolAsync("select_tier",
            new Dictionary<string, object?>
        {
            ["containerCount"] = 3,
            ["compliance"] = new[] { "HIPAA" },
            ["ci"] = "gitlab-ci",
        });

        var tier = result.StructuredContent!.Value;
        Assert.Equal(4, tier.GetProperty("tier").GetInt32());
        Assert.Equal("compliance", tier.GetProperty("reasons")[0].GetProperty("field").GetString());
        var assumed = tier.GetProperty("assumed").EnumerateArray()
            .Select(a => a.GetString()).ToArray();
        Assert.Contains("Registry: dockerhub", assumed);
        Assert.DoesNotContain(assumed, a => a!.StartsWith("CI/CD", StringComparison.Ordinal));
        var first = tier.GetProperty("references")[0];
        Assert.Equal("docker-mastery://references/enterprise-patterns",
            first.GetProperty("uri").GetString());
        Assert.False(first.GetProperty("available").GetBoolean());
        var hardening = tier.GetProperty("references").EnumerateArray()
            .Single(r => r.GetProperty("path").GetString() == "references/security-hardening.md");
        Assert.True(hardening.GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task Select_tier_asks_through_elicitation_when_told_nothing()
    {
        var asked = 0;
        var handlers = new McpClientHandlers
        {
            ElicitationHandler = (request, _) =>
            {
                asked++;
                Assert.Contains("containerCount", request!.RequestedSchema!.Properties.Keys);
                return ValueTask.FromResult(new ElicitResult
                {
                    Action = "accept",
                    Content = new Dictionary<string, JsonElement>
                    {
                        ["containerCount"] = JsonSerializer.SerializeToElement(60),
                        ["scale"] = JsonSerializer.SerializeToElement("production"),
                    },
                });
            },
        };
        await using var server =
            await InMemoryServer.StartAsync(Protocols.Pinned, handlers: handlers);
        var result = await server.Client.CallToolAsync(
            "select_tier", new Dictionary<string, object?>());

        Assert.Equal(1, asked);
        Assert.Equal(4, result.StructuredContent!.Value.GetProperty("tier").GetInt32());
    }

    [Fact]
    public async Task Select_tier_without_elicitation_uses_the_defaults_and_says_so()
    {
        await using var server = await InMemoryServer.StartAsync(Protocols.Pinned);
        var result = await server.Client.CallToolAsync(
            "select_tier", new Dictionary<string, object?>());
        var tier = result.StructuredContent!.Value;
        Assert.Equal(1, tier.GetProperty("tier").GetInt32());
        Assert.Contains(tier.GetProperty("assumed").EnumerateArray(),
            a => a.GetString() == "User: non-root, numeric UID >= 1000: 10001 in generated " +
                "images, 65532 on distroless, 1654 (app) for .NET");
    }
}
