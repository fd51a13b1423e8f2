namespace DockerMastery.Core.Compose.Yaml;

/// <summary>One key and value of a mapping.</summary>
/// <param name="Key">The key scalar (complex keys are refused by the reader).</param>
/// <param name="Value">The value node.</param>
public sealed record YamlSourceEntry(YamlSourceScalar Key, YamlSourceNode Value);
