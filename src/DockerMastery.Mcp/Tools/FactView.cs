using System.ComponentModel;

namespace DockerMastery.Mcp.Tools;

/// <summary>One detected fact as tools report it.</summary>
/// <param name="Name">What the fact is about (language, framework, port, ...).</param>
/// <param name="Value">The value found.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">The 1-based line; 0 when the file's presence is the evidence.</param>
/// <param name="Confidence">low, medium or high.</param>
public sealed record FactView(
    [property: Description("What the fact is about.")] string Name,
    [property: Description("The value found.")] string Value,
    [property: Description("File it came from, relative to the scanned root.")] string File,
    [property: Description("1-based line; 0 when the file's presence is the evidence.")] int Line,
    [property: Description("low, medium or high.")] string Confidence);
