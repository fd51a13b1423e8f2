namespace DockerMastery.Core.Detection;

/// <summary>
/// A read-only view of a project's files: a folder on disk, or the list of paths plus the
/// contents of the few key files a remote client sends. Detection reads nothing else.
/// </summary>
public interface IProjectFiles
{
    /// <summary>Every file path relative to the root, forward slashes, no leading <c>./</c>.</summary>
    IReadOnlyList<string> Paths { get; }

    /// <summary>The text of a file, or null when it is absent or its content was not provided.</summary>
    string? ReadText(string path);
}
