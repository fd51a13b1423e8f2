namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>A block sequence.</summary>
internal sealed class YamlSeq : YamlNode
{
    public List<YamlNode> Items { get; } = [];

    public static YamlSeq Of(params IEnumerable<string> texts)
    {
        var seq = new YamlSeq();
        foreach (var text in texts)
            seq.Items.Add(new YamlScalar(text));
        return seq;
    }

    public YamlSeq Add(YamlNode item)
    {
        Items.Add(item);
        return this;
    }

    public YamlSeq Add(string text) => Add(new YamlScalar(text));
}
