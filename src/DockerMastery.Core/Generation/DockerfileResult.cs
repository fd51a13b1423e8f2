using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>A generated Dockerfile with everything needed to use it.</summary>
/// <param name="Dockerfile">The Dockerfile.</param>
/// <param name="DockerIgnore">The matching <c>.dockerignore</c>.</param>
/// <param name="BuildCommands">Shell commands that build (and at tier 3+ test) the image.</param>
/// <param name="RunCommand">A shell command that runs it with the tier's hardening flags.</param>
/// <param name="Assumptions">What was not known and was defaulted; each says how to change it.</param>
/// <param name="WritablePaths">Paths the app may write to; everything else can be a
/// read-only root (mount these as tmpfs or volumes).</param>
/// <param name="Profile">The profile the files were generated from, after overrides.</param>
public sealed record DockerfileResult(
    GeneratedFile Dockerfile,
    GeneratedFile DockerIgnore,
    IReadOnlyList<string> BuildCommands,
    string RunCommand,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> WritablePaths,
    ProjectProfile Profile);
