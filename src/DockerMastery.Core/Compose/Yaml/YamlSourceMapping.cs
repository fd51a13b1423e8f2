namespace DockerMastery.Core.Compose.Yaml;

/// <summary>A mapping with its entries in document order; keys are unique.</summary>
/// <param name="Position">Where the mapping starts.</param>
/// <param name="Entries">The entries in document order, merge keys already applied.</param>
public sealed record YamlSourceMapping(SourcePosition Position,
    IReadOnlyList<YamlSourceEntry> Entries)
    : YamlSourceNode(Position)
{
    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public YamlSourceNode? this[string key] => Entry(key)?.Value;

    /// <summary>The entry for <paramref name="key"/>, or null.</summary>
    public YamlSourceEntry? Entry(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
                return entry;
        }

        return null;
    }

    /// <summary>The mapping under <paramref name="key"/>, or null when absent or not a
    /// mapping.</summary>
    public YamlSourceMapping? Mapping(string key) => this[key] as YamlSourceMapping;

    /// <summary>The scalar text under <paramref name="key"/>, or null when absent or not a
    /// scalar.</summary>
    public string? Text(string key)
        => this[key] is YamlSourceScalar { IsNull: false } s ? s.Value : null;
}
