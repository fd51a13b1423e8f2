namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>A block mapping that keeps the order entries were added in.</summary>
internal sealed class YamlMap : YamlNode
{
    public List<YamlEntry> Entries { get; } = [];

    public YamlMap Add(string key, YamlNode value, string? comment = null)
    {
        Entries.Add(new YamlEntry(key, value, comment));
        return this;
    }

    public YamlMap Add(string key, string value, string? comment = null) =>
        Add(key, new YamlScalar(value), comment);

    public YamlMap Add(string key, bool value) => Add(key, YamlScalar.Of(value));

    public YamlMap Add(string key, int value) => Add(key, YamlScalar.Of(value));

    /// <summary>Adds a literal block (<c>|</c>), the form for multi-line scripts.</summary>
    public YamlMap Block(string key, string text) => Add(key, YamlScalar.Block(text));
}
