namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>What a pipeline or supply-chain render produced.</summary>
/// <param name="Files">The files, in memory, paths relative to the project root.</param>
/// <param name="Registry">The registry target every file names.</param>
/// <param name="Platforms">The platforms the image is built for.</param>
/// <param name="Assumptions">Defaults filled in for values the caller did not give; a face
/// shows them so the user can correct them.</param>
public sealed record PipelineArtifacts(
    IReadOnlyList<GeneratedFile> Files,
    RegistryTarget Registry,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Assumptions);
