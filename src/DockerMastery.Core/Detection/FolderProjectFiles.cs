namespace DockerMastery.Core.Detection;

/// <summary>
/// A folder on disk, handed in by a face (the CLI or the stdio server). Skips dependency and
/// build folders and never follows links out of the root.
/// </summary>
public sealed class FolderProjectFiles : IProjectFiles
{
    /// <summary>Folders that hold installed dependencies or build output, never sources.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", ".venv", "venv", "__pycache__", "target", "bin", "obj",
        ".gradle", ".next", "dist", "build", ".idea", ".vs", ".mypy_cache", ".pytest_cache",
        ".ruff_cache", ".tox",
    };

    private const int MaxFiles = 20_000;
    private const long MaxReadBytes = 1_000_000;

    private readonly string _root;

    /// <summary>Lists the folder's files (at most 20,000).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public FolderProjectFiles(string root)
    {
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root))
            throw new DirectoryNotFoundException($"folder '{root}' does not exist");

        var paths = new List<string>();
        Walk(_root, "", paths);
        paths.Sort(StringComparer.Ordinal);
        Paths = paths;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Paths { get; }

    /// <inheritdoc />
    public string? ReadText(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;

        var info = new FileInfo(full);
        if (!info.Exists || info.Length > MaxReadBytes || info.LinkTarget is not null)
            return null;

        return File.ReadAllText(full);
    }

    private static void Walk(string folder, string relative, List<string> paths)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (paths.Count >= MaxFiles)
                return;
            if (new FileInfo(file).LinkTarget is not null)
                continue;
            paths.Add(relative + Path.GetFileName(file));
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (Skipped.Contains(name) || new DirectoryInfo(sub).LinkTarget is not null)
                continue;
            Walk(sub, relative + name + "/", paths);
        }
    }
}
