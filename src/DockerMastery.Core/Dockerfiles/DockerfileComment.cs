namespace DockerMastery.Core.Dockerfiles;

/// <summary>A comment line (not a parser directive), kept for pragmas such as
/// <c># hadolint ignore=DL3008</c>.</summary>
/// <param name="Text">The comment text after <c>#</c>, trimmed.</param>
/// <param name="Line">1-based line.</param>
/// <param name="InsideInstruction">True for a comment between continuation lines.</param>
public sealed record DockerfileComment(string Text, int Line, bool InsideInstruction);
