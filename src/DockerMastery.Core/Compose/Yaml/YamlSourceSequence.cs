namespace DockerMastery.Core.Compose.Yaml;

/// <summary>A sequence and its items in order.</summary>
/// <param name="Position">Where the sequence starts.</param>
/// <param name="Items">The items in document order.</param>
public sealed record YamlSourceSequence(SourcePosition Position,
    IReadOnlyList<YamlSourceNode> Items)
    : YamlSourceNode(Position);
