namespace DockerMastery.Core.Dockerfiles;

/// <summary>A parser directive at the top of the file (<c># syntax=</c>, <c># escape=</c>,
/// <c># check=</c>).</summary>
/// <param name="Name">The directive name, lower-case.</param>
/// <param name="Value">The value as written, trimmed.</param>
/// <param name="Line">1-based line.</param>
public sealed record ParserDirective(string Name, string Value, int Line);
