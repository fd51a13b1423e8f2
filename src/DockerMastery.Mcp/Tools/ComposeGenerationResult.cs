using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Tools;

/// <summary>What generate_compose returns.</summary>
/// <param name="Files">The generated files (path, content, description).</param>
/// <param name="Assumptions">What was assumed about the app and host.</param>
/// <param name="Review">The project's own review of the files; empty when clean.</param>
public sealed record ComposeGenerationResult(
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<ComposeFindingView> Review);
