namespace DockerMastery.Core.Detection;

/// <summary>
/// A project sent as data: the file list and the contents of some of them. This is what an
/// HTTP client that the server cannot see sends; tests use it for trees made in memory.
/// </summary>
public sealed class ProjectFileSet : IProjectFiles
{
    private readonly Dictionary<string, string> _contents;

    /// <summary>Builds the view; paths in <paramref name="contents"/> are added to the list.</summary>
    /// <exception cref="ArgumentException">A path is absolute, climbs out with <c>..</c> or
    /// holds a control character.</exception>
    public ProjectFileSet(IEnumerable<string> paths, IReadOnlyDictionary<string, string>? contents)
    {
        _contents = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
            all.Add(Normalize(path));
        foreach (var (path, text) in contents ?? new Dictionary<string, string>())
        {
            var normal = Normalize(path);
            all.Add(normal);
            _contents[normal] = text;
        }

        Paths = [.. all];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Paths { get; }

    /// <inheritdoc />
    public string? ReadText(string path) => _contents.GetValueOrDefault(path);

    private static string Normalize(string path)
    {
        var normal = path.Replace('\\', '/');
        while (normal.StartsWith("./", StringComparison.Ordinal))
            normal = normal[2..];

        if (normal.Length == 0 || normal.StartsWith('/') || normal.Split('/').Contains("..") ||
            normal.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"file path '{path.ReplaceLineEndings(" ")}' must be relative, inside the project " +
                "and free of control characters", nameof(path));
        }

        return normal;
    }
}
