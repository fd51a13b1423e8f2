namespace DockerMastery.Core.Detection;

/// <summary>One thing detection learned about a project, with where it came from.</summary>
/// <param name="Name">What the fact is about: <c>language</c>, <c>framework</c>,
/// <c>packageManager</c>, <c>lockfile</c>, <c>runtimeVersion</c>, <c>entrypoint</c>,
/// <c>port</c>, <c>test</c>, ...</param>
/// <param name="Value">The value found.</param>
/// <param name="File">The file it came from, relative to the scanned root, forward slashes.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>; 0 when the file's presence
/// is the evidence.</param>
/// <param name="Confidence">How sure the reading is.</param>
public sealed record DetectedFact(
    string Name, string Value, string File, int Line, Confidence Confidence);
