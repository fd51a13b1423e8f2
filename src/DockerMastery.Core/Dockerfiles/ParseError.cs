namespace DockerMastery.Core.Dockerfiles;

/// <summary>A syntax problem found while parsing; the parser records it and carries on.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ParseError(int Line, int Column, string Message);
