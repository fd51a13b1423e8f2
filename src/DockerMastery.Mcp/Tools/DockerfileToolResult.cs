using System.ComponentModel;
using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Tools;

/// <summary>What <c>generate_dockerfile</c> returns.</summary>
/// <param name="Dockerfile">The Dockerfile text.</param>
/// <param name="DockerIgnore">The .dockerignore text.</param>
/// <param name="BuildCommands">Commands that build (and at tier 3+ test) the image.</param>
/// <param name="RunCommand">A command that runs it with the tier's hardening.</param>
/// <param name="Assumptions">What was defaulted, each with how to change it.</param>
/// <param name="WritablePaths">Paths the app may write to (tmpfs with a read-only root).</param>
/// <param name="Project">The profile the files were generated from.</param>
public sealed record DockerfileToolResult(
    [property: Description("The Dockerfile, ready to save as ./Dockerfile.")] string Dockerfile,
    [property: Description("The .dockerignore, ready to save beside it.")] string DockerIgnore,
    [property: Description("Shell commands that build the image (tier 3+: the test target first).")]
    IReadOnlyList<string> BuildCommands,
    [property: Description("Shell command that runs the image with the tier's hardening flags.")]
    string RunCommand,
    [property: Description("Everything that was not known and was defaulted; tell the user.")]
    IReadOnlyList<string> Assumptions,
    [property: Description("Paths the app may write to; mount as tmpfs with --read-only.")]
    IReadOnlyList<string> WritablePaths,
    [property: Description("The project profile used (detected or assumed).")] ProjectSummary Project)
{
    /// <summary>Maps a core result.</summary>
    public static DockerfileToolResult From(DockerfileResult result) => new(
        result.Dockerfile.Content,
        result.DockerIgnore.Content,
        result.BuildCommands,
        result.RunCommand,
        result.Assumptions,
        result.WritablePaths,
        ProjectSummary.From(result.Profile));
}
