namespace DockerMastery.Core.Compose.Yaml;

/// <summary>The text is not YAML a Compose file can be: the message says what, the position
/// where.</summary>
public sealed class YamlSyntaxException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/> at <paramref
    /// name="position"/>.</summary>
    public YamlSyntaxException(string problem, SourcePosition position)
        : base($"line {position.Line}, column {position.Column}: {problem}")
    {
        Problem = problem;
        Position = position;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>Where the problem was found.</summary>
    public SourcePosition Position { get; }
}
