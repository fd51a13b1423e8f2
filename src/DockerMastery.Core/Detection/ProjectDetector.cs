namespace DockerMastery.Core.Detection;

/// <summary>
/// Reads a project tree (a folder or a file list sent by a client) and reports every
/// deployable application: language, framework, package manager and lockfile, runtime
/// version, entrypoint, port, each fact with the file and line it came from.
/// </summary>
public static class ProjectDetector
{
    private static readonly Analyzer[] Analyzers =
    [
        new DotNetAnalyzer(), new RustAnalyzer(), new JavaAnalyzer(), new GoAnalyzer(),
        new NodeAnalyzer(), new PythonAnalyzer(),
    ];

    /// <summary>Detects the applications in <paramref name="files"/>.</summary>
    /// <exception cref="ProjectNotFoundException">Nothing deployable was found; the message
    /// says what was looked for.</exception>
    public static DetectionReport Detect(IProjectFiles files)
    {
        var apps = new List<ProjectProfile>();
        var notes = new List<string>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(Language, string)>();

        var candidates = files.Paths
            .Select(p => (Folder: p.Contains('/') ? p[..p.LastIndexOf('/')] : "",
                Name: p[(p.LastIndexOf('/') + 1)..]))
            .SelectMany(f => Analyzers.Where(a => a.IsMarker(f.Name)).Select(a => (f.Folder, Analyzer: a)))
            .Distinct()
            .OrderBy(c => c.Folder.Length == 0 ? 0 : c.Folder.Count(ch => ch == '/') + 1)
            .ThenBy(c => c.Folder, StringComparer.Ordinal)
            .ThenBy(c => Array.IndexOf(Analyzers, c.Analyzer))
            .ToList();

        foreach (var (folder, analyzer) in candidates)
        {
            if (claimed.Contains(folder) || !seen.Add((analyzer.Language, folder)))
                continue;
            if (apps.Any(a => a.Language != analyzer.Language && a.Path == Display(folder)) &&
                analyzer.Language is Language.Node or Language.Python)
            {
                // A package.json or requirements.txt beside a Java/.NET/Go app is tooling.
                notes.Add($"{Display(folder)}: {analyzer.Language.Name()} files beside a " +
                    $"{apps.First(a => a.Path == Display(folder)).Language.Name()} app; not a separate app");
                continue;
            }

            apps.AddRange(analyzer.Analyze(new AppScan(files, folder), claimed, notes));
        }

        if (apps.Count == 0)
        {
            if (notes.Count > 0)
            {
                throw new ProjectNotFoundException(
                    $"no deployable application found: {string.Join("; ", notes)} " +
                    $"(looked for {ProjectNotFoundException.LookedFor})");
            }

            throw new ProjectNotFoundException(files.Paths.Count);
        }

        return new DetectionReport(apps, notes);
    }

    private static string Display(string folder) => folder.Length == 0 ? "." : folder;
}
