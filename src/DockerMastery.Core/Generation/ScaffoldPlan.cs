namespace DockerMastery.Core.Generation;

/// <summary>The files a scaffold would write, and how to use them.</summary>
/// <param name="Files">Every file, Dockerfile and <c>.dockerignore</c> first.</param>
/// <param name="Dockerfile">The Dockerfile generation result (commands, assumptions).</param>
public sealed record ScaffoldPlan(IReadOnlyList<GeneratedFile> Files, DockerfileResult Dockerfile);
