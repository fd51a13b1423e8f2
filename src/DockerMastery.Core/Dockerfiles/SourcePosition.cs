namespace DockerMastery.Core.Dockerfiles;

/// <summary>A place in the Dockerfile text: 1-based line and column.</summary>
/// <param name="Line">1-based physical line.</param>
/// <param name="Column">1-based column on that line.</param>
public readonly record struct SourcePosition(int Line, int Column);
