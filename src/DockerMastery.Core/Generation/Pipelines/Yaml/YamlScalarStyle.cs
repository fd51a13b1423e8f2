namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>How a scalar is written.</summary>
internal enum YamlScalarStyle
{
    /// <summary>Plain when that reads back as the same string, double-quoted otherwise.</summary>
    Text,

    /// <summary>A boolean or number, written as is.</summary>
    Typed,

    /// <summary>A literal block (<c>|</c>), for scripts.</summary>
    Literal,
}
