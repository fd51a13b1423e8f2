using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose;

/// <summary>One service of a compose file.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Key">The key scalar, for positions.</param>
/// <param name="Definition">The service's mapping (empty when the value was not a mapping).</param>
/// <param name="IsPartial">True when the file is an override and a base file defines this
/// service too, so this mapping only adds to or replaces parts of it.</param>
public sealed record ComposeService(
    string Name, YamlSourceScalar Key, YamlSourceMapping Definition, bool IsPartial)
{
    /// <summary>The scalar under <paramref name="key"/>, or null.</summary>
    public string? Text(string key) => Definition.Text(key);

    /// <summary>The image reference, or null.</summary>
    public string? Image => Text("image");

    /// <summary>The items of a list-valued key (empty when absent or not a list).</summary>
    public IReadOnlyList<YamlSourceNode> Items(string key) =>
        Definition[key] is YamlSourceSequence s ? s.Items : [];

    /// <summary>The mapping at a dotted path such as <c>deploy.resources.limits</c>, or
    /// null.</summary>
    public YamlSourceMapping? MappingAt(string path)
    {
        YamlSourceMapping? current = Definition;
        foreach (var part in path.Split('.'))
            current = current?.Mapping(part);
        return current;
    }

    /// <summary>The environment as (name, value or null, node) whether written as a list or a
    /// mapping.</summary>
    public IEnumerable<(string Name, string? Value, YamlSourceNode Node)> Environment()
    {
        switch (Definition["environment"])
        {
            case YamlSourceMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var value = entry.Value is YamlSourceScalar { IsNull: false } s
                        ? s.Value
                        : null;
                    yield return (entry.Key.Value, value, entry.Key);
                }

                break;
            case YamlSourceSequence sequence:
                foreach (var item in sequence.Items.OfType<YamlSourceScalar>())
                {
                    var eq = item.Value.IndexOf('=', StringComparison.Ordinal);
                    yield return eq < 0
                        ? (item.Value, null, item)
                        : (item.Value[..eq], item.Value[(eq + 1)..], item);
                }

                break;
        }
    }

    /// <summary>The names under a key written as a list of names or a mapping keyed by name
    /// (networks, depends_on, secrets, configs, links), with the node naming each.</summary>
    public IEnumerable<(string Name, YamlSourceNode Node,
        YamlSourceNode? Options)> Names(string key)
    {
        switch (Definition[key])
        {
            case YamlSourceMapping mapping:
                foreach (var entry in mapping.Entries)
                    yield return (entry.Key.Value, entry.Key, entry.Value);
                break;
            case YamlSourceSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlSourceScalar s)
                        yield return (s.Value, s, null);
                    else if (item is YamlSourceMapping m && m.Text("source") is { } source)
                        yield return (source, m, m);
                }

                break;
        }
    }
}
