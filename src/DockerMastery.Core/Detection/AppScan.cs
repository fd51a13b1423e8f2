using System.Text.RegularExpressions;

namespace DockerMastery.Core.Detection;

/// <summary>
/// One candidate application folder being read: file lookups relative to it, and the facts
/// gathered so far. Analyzers fill it and turn it into a <see cref="ProjectProfile"/>.
/// </summary>
internal sealed class AppScan
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public AppScan(IProjectFiles files, string folder)
    {
        Files = files;
        Folder = folder;
    }

    public IProjectFiles Files { get; }

    /// <summary>The folder relative to the root, empty for the root itself.</summary>
    public string Folder { get; }

    public List<DetectedFact> Facts { get; } = [];

    /// <summary>The folder as a profile path (<c>.</c> for the root).</summary>
    public string ProfilePath => Folder.Length == 0 ? "." : Folder;

    /// <summary>The root-relative path of a file in this folder.</summary>
    public string PathOf(string relative) => Folder.Length == 0 ? relative : $"{Folder}/{relative}";

    /// <summary>The folder-relative form of a root-relative path.</summary>
    public string Relative(string path) => Folder.Length == 0 ? path : path[(Folder.Length + 1)..];

    public bool Has(string relative) => Files.Paths.Contains(PathOf(relative), StringComparer.Ordinal);

    public SourceText? Read(string relative)
    {
        var path = PathOf(relative);
        var text = Files.ReadText(path);
        return text is null ? null : new SourceText(path, text);
    }

    /// <summary>Folder-relative paths of every file below the folder.</summary>
    public IEnumerable<string> Below()
    {
        var prefix = Folder.Length == 0 ? "" : Folder + "/";
        return Files.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => p[prefix.Length..]);
    }

    public void Fact(string name, string value, string file, int line, Confidence confidence) =>
        Facts.Add(new DetectedFact(name, value, file, line, confidence));

    /// <summary>Records the presence of a file as evidence.</summary>
    public void FileFact(string name, string value, string relative, Confidence confidence) =>
        Fact(name, value, PathOf(relative), 0, confidence);

    /// <summary>Finds <paramref name="pattern"/> in a file and records group 1 as a fact.</summary>
    public string? Capture(
        SourceText? source, string pattern, string name, Confidence confidence,
        RegexOptions options = RegexOptions.Multiline)
    {
        if (source is null)
            return null;
        var match = Regex.Match(source.Text, pattern, options | RegexOptions.CultureInvariant, Timeout);
        if (!match.Success)
            return null;
        var value = match.Groups[1].Value.Trim();
        Fact(name, value, source.Path, source.LineOf(match.Groups[1].Index), confidence);
        return value;
    }

    /// <summary>Finds a port number with <paramref name="pattern"/> (group 1).</summary>
    public int? Port(SourceText? source, string pattern, Confidence confidence)
    {
        var text = Capture(source, pattern, "port", confidence);
        if (text is null || !int.TryParse(text, out var port) || port is < 1 or > 65535)
        {
            if (text is not null)
                Facts.RemoveAt(Facts.Count - 1);
            return null;
        }

        return port;
    }
}
