using System.Text.Json;
using System.Text.Json.Serialization;
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
    // Nulls are written, not dropped: the output schema lists every record member as
    // required (nullable ones as "type": [..., "null"]), and clients validate against it.
    private static readonly JsonSerializerOptions Options =
        new(McpJsonUtilities.DefaultOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>
    /// A successful result carrying <paramref name="structured"/> and <paramref name="text"/>.
    /// </summary>
    public static CallToolResult Create<T>(T structured, string text)
    {
        var element = JsonSerializer.SerializeToElement(structured, Options);
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
