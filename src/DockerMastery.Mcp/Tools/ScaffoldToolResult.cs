using System.ComponentModel;
using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Tools;

/// <summary>What <c>scaffold_project</c> returns.</summary>
/// <param name="Files">Every file of the tier's set, with content.</param>
/// <param name="Written">The paths written to disk; empty unless writing was asked for.</param>
/// <param name="BuildCommands">Commands that build the image.</param>
/// <param name="RunCommand">A command that runs it.</param>
/// <param name="Assumptions">What was defaulted.</param>
/// <param name="Project">The profile used.</param>
public sealed record ScaffoldToolResult(
    [property: Description("Every file of the set: path (relative), content, what it is for.")]
    IReadOnlyList<GeneratedFile> Files,
    [property: Description("Paths written to disk; empty unless write=true on a local server.")]
    IReadOnlyList<string> Written,
    [property: Description("Shell commands that build the image.")] IReadOnlyList<string> BuildCommands,
    [property: Description("Shell command that runs the image.")] string RunCommand,
    [property: Description("What was defaulted; tell the user.")] IReadOnlyList<string> Assumptions,
    [property: Description("The project profile used.")] ProjectSummary Project);
