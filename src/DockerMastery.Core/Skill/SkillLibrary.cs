using System.Reflection;

namespace DockerMastery.Core.Skill;

/// <summary>
/// Every file of the skill, read once. <see cref="Default"/> is the <c>skill/</c> folder
/// embedded into this assembly at build time; tests build a library from their own files.
/// </summary>
public sealed class SkillLibrary
{
    private const string ResourcePrefix = "skill/";

    private static readonly Lazy<SkillLibrary> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, SkillDocument> _byPath;
    private readonly Lazy<SkillSearch> _search;

    private SkillLibrary(IEnumerable<SkillDocument> documents)
    {
        Documents = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        _byPath = Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        _search = new Lazy<SkillSearch>(() => new SkillSearch(Documents));
    }

    /// <summary>The skill shipped in the assembly.</summary>
    public static SkillLibrary Default => Embedded.Value;

    /// <summary>All files, ordered by path.</summary>
    public IReadOnlyList<SkillDocument> Documents { get; }

    /// <summary>The ranked section search over every markdown file.</summary>
    public SkillSearch Search => _search.Value;

    /// <summary>Builds a library from paths (relative to <c>skill/</c>) and their text.</summary>
    /// <exception cref="ArgumentException">A path is empty, absolute or climbs out.</exception>
    public static SkillLibrary FromFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new SkillLibrary(files.Select(f => SkillMarkdown.Read(CheckPath(f.Key), f.Value)));
    }

    /// <summary>
    /// The file at <paramref name="path"/> (e.g. <c>references/x.md</c>), or null.
    /// </summary>
    public SkillDocument? Find(string path) =>
        _byPath.TryGetValue(path, out var document) ? document : null;

    /// <summary>The files under a folder, e.g. <c>references/</c>, ordered by path.</summary>
    public IReadOnlyList<SkillDocument> Under(string folder) =>
        Documents.Where(d => d.Path.StartsWith(folder, StringComparison.Ordinal)).ToArray();

    private static string CheckPath(string path)
    {
        var normal = path.Replace('\\', '/');
        if (normal.Length == 0 || normal.StartsWith('/') ||
            normal.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException(
                $"'{path}' is not a relative path inside skill/", nameof(path));
        }

        return normal;
    }

    private static SkillLibrary LoadEmbedded()
    {
        var assembly = typeof(SkillLibrary).Assembly;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;

            files.Add(new(name[ResourcePrefix.Length..], ReadResource(assembly, name)));
        }

        return FromFiles(files);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' vanished");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
