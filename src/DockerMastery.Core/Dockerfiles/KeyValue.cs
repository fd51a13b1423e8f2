namespace DockerMastery.Core.Dockerfiles;

/// <summary>One <c>key=value</c> of <c>ENV</c>, <c>LABEL</c> or <c>ARG</c>, quotes removed.</summary>
/// <param name="Key">The key (variable, label or argument name).</param>
/// <param name="Value">The value, or null for an <c>ARG</c> without a default.</param>
public sealed record KeyValue(string Key, string? Value);
