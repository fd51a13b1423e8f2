using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose;

/// <summary>
/// A compose file read into its parts, with what its base files define when it is an override,
/// so rules can look names up without re-walking the YAML.
/// </summary>
public sealed class ComposeFile
{
    private static readonly string[] Sections = ["networks", "volumes", "secrets", "configs"];

    private ComposeFile(YamlSourceNode source, YamlSourceMapping root,
        IReadOnlyList<ComposeService> services,
        IReadOnlyDictionary<string, ISet<string>> defined, bool isOverride)
    {
        Source = source;
        Root = root;
        Services = services;
        Defined = defined;
        IsOverride = isOverride;
    }

    /// <summary>The document as read, whatever its shape.</summary>
    public YamlSourceNode Source { get; }

    /// <summary>The top-level mapping (empty when the document is not a mapping).</summary>
    public YamlSourceMapping Root { get; }

    /// <summary>The services in document order.</summary>
    public IReadOnlyList<ComposeService> Services { get; }

    /// <summary>True when reviewed as an override of base files.</summary>
    public bool IsOverride { get; }

    /// <summary>Names defined at top level in this file or its base files, by section
    /// (<c>services</c>, <c>networks</c>, <c>volumes</c>, <c>secrets</c>,
    /// <c>configs</c>).</summary>
    public IReadOnlyDictionary<string, ISet<string>> Defined { get; }

    /// <summary>Reads the parts of <paramref name="root"/>; <paramref name="bases"/> are the files
    /// it overrides, in order (empty for a standalone file).</summary>
    public static ComposeFile From(YamlSourceNode root, IReadOnlyList<YamlSourceNode> bases)
    {
        var mapping = root as YamlSourceMapping ?? new YamlSourceMapping(root.Position, []);
        var defined = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
        foreach (var section in Sections.Append("services"))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in bases.Append(root).OfType<YamlSourceMapping>())
            {
                if (source.Mapping(section) is { } m)
                    names.UnionWith(m.Entries.Select(e => e.Key.Value));
            }

            defined[section] = names;
        }

        var baseServices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in bases.OfType<YamlSourceMapping>())
        {
            if (source.Mapping("services") is { } m)
                baseServices.UnionWith(m.Entries.Select(e => e.Key.Value));
        }

        var services = (mapping.Mapping("services")?.Entries ?? [])
            .Select(e => new ComposeService(
                e.Key.Value,
                e.Key,
                e.Value as YamlSourceMapping ?? new YamlSourceMapping(e.Value.Position, []),
                baseServices.Contains(e.Key.Value)))
            .ToArray();
        return new ComposeFile(root, mapping, services, defined, bases.Count > 0);
    }

    /// <summary>Every scalar in the file with its value, keys excluded, in document
    /// order.</summary>
    public IEnumerable<YamlSourceScalar> Values() => ValuesOf(Root, new HashSet<YamlSourceNode>(
        ReferenceEqualityComparer.Instance));

    private static IEnumerable<YamlSourceScalar> ValuesOf(YamlSourceNode node,
        HashSet<YamlSourceNode> seen)
    {
        // Aliased nodes are the same object; visit each once.
        if (!seen.Add(node))
            yield break;

        switch (node)
        {
            case YamlSourceScalar scalar:
                yield return scalar;
                break;
            case YamlSourceSequence sequence:
                foreach (var value in sequence.Items.SelectMany(i => ValuesOf(i, seen)))
                    yield return value;
                break;
            case YamlSourceMapping mapping:
                foreach (var value in mapping.Entries.SelectMany(e => ValuesOf(e.Value, seen)))
                    yield return value;
                break;
        }
    }
}
