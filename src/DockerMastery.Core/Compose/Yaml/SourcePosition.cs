namespace DockerMastery.Core.Compose.Yaml;

/// <summary>A place in a YAML text, both numbers counted from 1.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The place before any text: line 1, column 1.</summary>
    public static SourcePosition Start { get; } = new(1, 1);

    /// <summary>The position as <c>line:column</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
