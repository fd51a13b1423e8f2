using System.Text.Json;
using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Resources;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>
/// Walks a connected server through every capability: lists and calls every tool, reads every
/// resource, gets every prompt and completes arguments. Shared by the in-memory, stdio and
/// HTTP tests so each transport is held to the same bar.
/// </summary>
public static class ServerWalk
{
    /// <summary>
    /// Valid arguments for the tools this area owns; other tools get an empty call.
    /// </summary>
    public static Dictionary<string, Dictionary<string, object?>> Samples(
        SkillLibrary library) => new()
    {
        ["select_tier"] = new() { ["containerCount"] = 4, ["registry"] = "ghcr" },
        ["search_skill"] = new() { ["query"] = "read-only root filesystem" },
        ["read_skill"] = new()
        {
            ["target"] = library.Documents.Count > 0 ? library.Documents[0].Path : "SKILL.md",
        },
    };

    public static async Task RunAsync(McpClient client, SkillLibrary library)
    {
        Assert.Equal("docker-mastery", client.ServerInfo!.Name);
        Assert.False(string.IsNullOrWhiteSpace(client.ServerInstructions));
        Assert.NotNull(client.ServerCapabilities.Tools);
        Assert.NotNull(client.ServerCapabilities.Resources);
        Assert.NotNull(client.ServerCapabilities.Prompts);
        Assert.NotNull(client.ServerCapabilities.Completions);

        await CallEveryToolAsync(client, library);
        await ReadEveryResourceAsync(client, library);
        await GetEveryPromptAsync(client);
        await CompleteAsync(client, library);
    }

    public static async Task CallEveryToolAsync(McpClient client, SkillLibrary library)
    {
        var tools = await client.ListToolsAsync();
        var names = tools.Select(t => t.Name).ToArray();
        Assert.Contains("select_tier", names);
        Assert.Contains("search_skill", names);
        Assert.Contains("read_skill", names);

        var samples = Samples(library);
        foreach (var tool in tools)
        {
            Assert.False(
                string.IsNullOrWhiteSpace(tool.Description), $"{tool.Name} has no description");
            Assert.Equal(JsonValueKind.Object, tool.JsonSchema.ValueKind);
            if (!samples.TryGetValue(tool.Name, out var arguments))
            {
                // A tool of another area: an empty call must come back as a result (success or
                // a tool error), never as a broken connection.
                var answer = await client.CallToolAsync(
                    tool.Name, new Dictionary<string, object?>());
                Assert.NotNull(answer.Content);
                continue;
            }

            Assert.NotNull(tool.ProtocolTool.OutputSchema);
            var result = await client.CallToolAsync(tool.Name, arguments);
            var text = string.Join(
                "\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));
            if (tool.Name == "read_skill" && library.Documents.Count == 0)
            {
                Assert.True(result.IsError, "reading from an empty skill must be a tool error");
                continue;
            }

            Assert.True(result.IsError is not true, $"{tool.Name} failed: {text}");
            Assert.NotNull(result.StructuredContent);
            Assert.False(string.IsNullOrWhiteSpace(text));
            AssertMatchesSchema(
                tool.ProtocolTool.OutputSchema!.Value, result.StructuredContent!.Value);
        }

        var tier = await client.CallToolAsync("select_tier", samples["select_tier"]);
        Assert.Equal(2, tier.StructuredContent!.Value.GetProperty("tier").GetInt32());
    }

    public static async Task ReadEveryResourceAsync(McpClient client, SkillLibrary library)
    {
        var resources = await client.ListResourcesAsync();
        var expected = library.Documents.Select(d => SkillUris.ForPath(d.Path)).Order().ToArray();
        // Other families (the review rules) share the scheme; the skill's files are the rest.
        var skillUris = resources.Select(r => r.Uri)
            .Where(u => u.StartsWith(SkillUris.Prefix, StringComparison.Ordinal) &&
                !u.StartsWith(SkillUris.Prefix + "rules", StringComparison.Ordinal))
            .Order().ToArray();
        Assert.Equal(expected, skillUris);

        foreach (var resource in resources)
        {
            var described = resource.ProtocolResource;
            Assert.False(string.IsNullOrWhiteSpace(described.Description), resource.Uri);
            Assert.False(string.IsNullOrWhiteSpace(described.MimeType), resource.Uri);
            Assert.False(string.IsNullOrWhiteSpace(described.Title), resource.Uri);
            var read = await client.ReadResourceAsync(resource.Uri);
            var content = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents));
            Assert.Equal(resource.ProtocolResource.MimeType, content.MimeType);
            var document = library.Documents
                .FirstOrDefault(d => SkillUris.ForPath(d.Path) == resource.Uri);
            if (document is not null)
                Assert.Equal(document.Text, content.Text);
        }

        var templates = await client.ListResourceTemplatesAsync();
        var uriTemplates = templates.Select(t => t.UriTemplate).ToArray();
        Assert.Contains("docker-mastery://references/{name}", uriTemplates);
        Assert.Contains("docker-mastery://templates/{name}", uriTemplates);
        Assert.Contains("docker-mastery://scripts/{name}", uriTemplates);
    }

    public static async Task GetEveryPromptAsync(McpClient client)
    {
        var prompts = await client.ListPromptsAsync();
        Assert.Equal(
            ["containerize", "harden", "migrate_to_multistage", "review"],
            prompts.Select(p => p.Name).Order().ToArray());

        const string dockerfile = "FROM python:3.13\nCOPY . .\nCMD python app.py\n";
        foreach (var prompt in prompts)
        {
            Assert.False(string.IsNullOrWhiteSpace(prompt.Description));
            var takesDockerfile =
                prompt.ProtocolPrompt.Arguments?.Any(a => a.Name == "dockerfile") == true;
            var arguments = takesDockerfile
                ? new Dictionary<string, object?> { ["dockerfile"] = dockerfile }
                : new Dictionary<string, object?> { ["language"] = "python" };
            var result = await prompt.GetAsync(arguments);
            var message = Assert.Single(result.Messages);
            var text = Assert.IsType<TextContentBlock>(message.Content).Text;
            Assert.Equal(Role.User, message.Role);
            if (arguments.ContainsKey("dockerfile"))
                Assert.Contains("CMD python app.py", text, StringComparison.Ordinal);
            else
                Assert.Contains("Language: python", text, StringComparison.Ordinal);
        }

        var badTier = new Dictionary<string, object?>
        {
            ["dockerfile"] = dockerfile,
            ["tier"] = "7",
        };
        var error = await Assert.ThrowsAsync<McpProtocolException>(
            () => client.GetPromptAsync("harden", badTier).AsTask());
        Assert.Contains("tier", error.Message, StringComparison.Ordinal);
    }

    public static async Task CompleteAsync(McpClient client, SkillLibrary library)
    {
        var tiers = await client.CompleteAsync(
            new PromptReference { Name = "containerize" }, "tier", "");
        Assert.Equal(["1", "2", "3", "4"], tiers.Completion.Values);

        var languages = await client.CompleteAsync(
            new PromptReference { Name = "containerize" }, "language", "g");
        Assert.Equal(["go"], languages.Completion.Values);

        var registries = await client.CompleteAsync(
            new PromptReference { Name = "containerize" }, "registry", "gh");
        Assert.Equal(["ghcr"], registries.Completion.Values);

        var references = await client.CompleteAsync(
            new ResourceTemplateReference { Uri = "docker-mastery://references/{name}" },
            "name",
            "");
        var rules = await client.CompleteAsync(
            new ResourceTemplateReference { Uri = "docker-mastery://rules/{id}" }, "id", "DL30");
        Assert.NotEmpty(rules.Completion.Values);
        Assert.All(rules.Completion.Values,
            id => Assert.StartsWith("DL30", id, StringComparison.Ordinal));

        var expected = library.Under("references/")
            .Select(d => d.FileName[..^".md".Length]).ToArray();
        Assert.Equal(expected, references.Completion.Values);
    }

    private static void AssertMatchesSchema(JsonElement schema, JsonElement value)
    {
        // Our outputs are records: every required property must be present, and every present
        // property must have the declared JSON type (nulls are left out on the wire).
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                Assert.True(value.TryGetProperty(name.GetString()!, out _),
                    $"structuredContent lacks required '{name}'");
            }
        }

        if (!schema.TryGetProperty("properties", out var properties))
            return;

        foreach (var property in properties.EnumerateObject())
        {
            if (!value.TryGetProperty(property.Name, out var actual))
                continue;

            if (property.Value.TryGetProperty("type", out var type) &&
                type.ValueKind == JsonValueKind.String)
            {
                var expected = type.GetString();
                var found = JsonType(actual);
                Assert.True(expected == found || (expected, found) is ("number", "integer"),
                    $"'{property.Name}' is {found}, schema says {expected}");
            }
        }
    }

    private static string JsonType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
