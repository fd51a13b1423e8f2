namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>A node of the small YAML document model the pipeline renderers build and
/// <see cref="YamlEmitter"/> writes; the emitter, not the renderer, decides quoting.</summary>
internal abstract class YamlNode;
