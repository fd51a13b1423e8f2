using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tools;

/// <summary>
/// Shapes every tool's answer the same way: the typed result as <c>structuredContent</c>
/// (matching the <c>outputSchema</c> declared with <c>OutputSchemaType</c>) and a readable
/// text block for clients and models that read text only.
/// </summary>
public static class ToolOutput
{
    /// <summary>A successful result carrying <paramref name="structured"/> and <paramref name="text"/>.</summary>
    public static CallToolResult Create<T>(T structured, string text)
    {
        var element = JsonSerializer.SerializeToElement(structured, McpJsonUtilities.DefaultOptions);
        return new CallToolResult
        {
            StructuredContent = element,
            Content = [new TextContentBlock { Text = text }],
        };
    }

    /// <summary>
    /// The exception to throw for bad input: the SDK turns it into a tool error whose message
    /// names the field, and the server keeps serving.
    /// </summary>
    public static McpException BadInput(string field, string problem) =>
        new($"{field}: {problem}");
}
