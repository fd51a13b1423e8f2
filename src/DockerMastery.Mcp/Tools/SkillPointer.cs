namespace DockerMastery.Mcp.Tools;

/// <summary>A skill file a tool points the model at.</summary>
/// <param name="Path">The path inside <c>skill/</c>, e.g.
/// <c>references/compose-patterns.md</c>.</param>
/// <param name="Uri">The resource URI to read it with.</param>
/// <param name="Available">Whether this build of the server ships the file.</param>
public sealed record SkillPointer(string Path, string Uri, bool Available);
