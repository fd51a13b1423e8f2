namespace DockerMastery.Core.Dockerfiles;

/// <summary>A here-document attached to <c>RUN</c>, <c>COPY</c> or <c>ADD</c>.</summary>
/// <param name="Delimiter">The terminating word, without quotes.</param>
/// <param name="Content">The lines between the instruction and the delimiter, each ending
/// in a newline; leading tabs removed for <c>&lt;&lt;-</c>.</param>
/// <param name="StripTabs">True for <c>&lt;&lt;-</c>.</param>
/// <param name="Quoted">True when the delimiter was quoted (no expansion inside).</param>
/// <param name="ContentLine">1-based line of the first content line.</param>
/// <param name="Terminated">False when the file ended before the delimiter.</param>
public sealed record Heredoc(
    string Delimiter, string Content, bool StripTabs, bool Quoted, int ContentLine,
    bool Terminated);
