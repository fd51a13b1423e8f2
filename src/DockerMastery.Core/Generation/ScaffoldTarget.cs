namespace DockerMastery.Core.Generation;

/// <summary>
/// The folder a scaffold writes into, handed in by a face. Writes only inside it (no
/// <c>..</c>, no absolute paths, no symbolic link on the way), and never replaces an existing
/// file unless told to: with a conflict and no force, nothing at all is written.
/// </summary>
public sealed class ScaffoldTarget
{
    private readonly string _root;

    /// <summary>Targets <paramref name="root"/>, which must exist.</summary>
    /// <exception cref="InvalidInputException">The folder does not exist.</exception>
    public ScaffoldTarget(string root)
    {
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root))
            throw new InvalidInputException("path", $"folder '{root}' does not exist");
    }

    /// <summary>The files of <paramref name="files"/> that already exist in the folder.</summary>
    public IReadOnlyList<string> Existing(IEnumerable<GeneratedFile> files) =>
        files.Where(f => File.Exists(FullPath(f.Path)) || Directory.Exists(FullPath(f.Path)))
            .Select(f => f.Path)
            .ToArray();

    /// <summary>Writes every file; returns the paths written.</summary>
    /// <exception cref="InvalidInputException">A file exists and <paramref name="force"/> is
    /// false (nothing is written), or a path leaves the folder.</exception>
    public IReadOnlyList<string> Write(IReadOnlyList<GeneratedFile> files, bool force)
    {
        var targets = files.Select(f => (File: f, Full: FullPath(f.Path))).ToArray();
        var existing = Existing(files);
        if (existing.Count > 0 && !force)
        {
            throw new InvalidInputException("force",
                $"{string.Join(", ", existing)} already exist in {_root}; pass --force to " +
                "overwrite them (nothing was written)");
        }

        foreach (var (file, full) in targets)
        {
            if (Directory.Exists(full))
                throw new InvalidInputException("path", $"{file.Path} is a folder in {_root}");
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.Content);
        }

        return targets.Select(t => t.File.Path).ToArray();
    }

    private string FullPath(string relative)
    {
        InputGrammar.RelativePath("file path", relative);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidInputException("file path", $"{relative} leaves {_root}");

        // A link anywhere between the root and the file could point outside the root.
        var current = _root;
        foreach (var part in relative.Split('/'))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null || new DirectoryInfo(current).LinkTarget is not null)
            {
                throw new InvalidInputException("file path",
                    $"{relative} goes through the symbolic link {current}; refusing to follow it");
            }
        }

        return full;
    }
}
