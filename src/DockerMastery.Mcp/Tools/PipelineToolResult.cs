using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Tools;

/// <summary>What <c>generate_pipeline</c> and <c>generate_supply_chain</c> return.</summary>
/// <param name="Image">The image every file names (<c>HOST/PATH</c>, no tag).</param>
/// <param name="Platforms">The platforms built.</param>
/// <param name="Files">The generated files: path, full content, one-line description.</param>
/// <param name="Assumptions">Defaults filled in for values not given; check and correct
/// them.</param>
public sealed record PipelineToolResult(
    string Image,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<string> Assumptions);
