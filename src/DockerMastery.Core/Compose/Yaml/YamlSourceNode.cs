namespace DockerMastery.Core.Compose.Yaml;

/// <summary>
/// One node of a YAML document as it was written: where it starts and, for scalars, how it was
/// quoted. Aliases are resolved to the node they name and merge keys (<c>&lt;&lt;</c>) are
/// applied, so readers see the document Compose sees.
/// </summary>
/// <param name="Position">Where the node starts in the text.</param>
public abstract record YamlSourceNode(SourcePosition Position);
