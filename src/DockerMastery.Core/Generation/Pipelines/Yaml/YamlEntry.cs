namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>One key of a mapping, its value and an optional trailing comment.</summary>
internal sealed record YamlEntry(string Key, YamlNode Value, string? Comment);
