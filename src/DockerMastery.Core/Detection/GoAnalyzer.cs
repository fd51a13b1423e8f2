namespace DockerMastery.Core.Detection;

/// <summary>Go modules: the go and toolchain directives, vendoring, one deployable per
/// <c>package main</c> folder (<c>./cmd/NAME</c>); net/http, Gin, chi, Echo, Fiber.</summary>
internal sealed class GoAnalyzer : Analyzer
{
    private static readonly (string Module, string Framework)[] Frameworks =
    [
        ("github.com/gin-gonic/gin", "gin"), ("github.com/go-chi/chi", "chi"),
        ("github.com/labstack/echo", "echo"), ("github.com/gofiber/fiber", "fiber"),
    ];

    private static readonly string[] NotDeployable = ["examples", "example", "tools", "hack", "scripts", "testdata"];

    public override Language Language => Language.Go;

    public override bool IsMarker(string fileName) => fileName == "go.mod";

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        var gomod = scan.Read("go.mod");
        if (gomod is null)
            yield break;

        scan.Capture(gomod, "^module\\s+(\\S+)", "module", Confidence.High);
        var version = scan.Capture(gomod, "^go\\s+(\\d+\\.\\d+(?:\\.\\d+)?)", "runtimeVersion",
            Confidence.High);
        scan.Capture(gomod, "^toolchain\\s+go(\\S+)", "toolchain", Confidence.High);
        scan.FileFact("packageManager", "go", "go.mod", Confidence.High);

        var manifests = new List<string> { "go.mod" };
        string? lockfile = null;
        if (scan.Has("go.sum"))
        {
            manifests.Add("go.sum");
            lockfile = "go.sum";
            scan.FileFact("lockfile", "go.sum", "go.sum", Confidence.High);
        }

        if (scan.Has("vendor/modules.txt"))
        {
            manifests.Add("vendor/modules.txt");
            scan.FileFact("vendor", "vendor/", "vendor/modules.txt", Confidence.High);
        }

        string? framework = null;
        foreach (var (module, name) in Frameworks)
        {
            if (framework is null && scan.Capture(gomod, $"^\\s*(?:require\\s+)?({module.Replace(".", "\\.")})(?:/v\\d+)?\\s",
                    "framework", Confidence.High) is not null)
            {
                framework = name;
                scan.Facts[^1] = scan.Facts[^1] with { Value = name };
            }
        }

        var goFiles = scan.Below()
            .Where(p => p.EndsWith(".go", StringComparison.Ordinal) &&
                !p.EndsWith("_test.go", StringComparison.Ordinal) &&
                !p.StartsWith("vendor/", StringComparison.Ordinal))
            .ToList();
        var hasTests = scan.Below().Any(p => p.EndsWith("_test.go", StringComparison.Ordinal) &&
            !p.StartsWith("vendor/", StringComparison.Ordinal));
        if (framework is null)
        {
            var http = goFiles.Select(scan.Read).FirstOrDefault(
                s => s is not null && s.Text.Contains("\"net/http\"", StringComparison.Ordinal));
            if (http is not null)
            {
                framework = "net/http";
                scan.Fact("framework", "net/http", http.Path, http.LineOfText("\"net/http\""),
                    Confidence.Medium);
            }
        }

        var mains = goFiles
            .Select(p => (Path: p, Source: scan.Read(p)))
            .Where(f => f.Source is not null &&
                f.Source.Text.Split('\n').Any(l => l.Trim() == "package main"))
            .GroupBy(f => f.Path.Contains('/') ? f.Path[..f.Path.LastIndexOf('/')] : "")
            .Where(g => !g.Key.Split('/').Any(part => NotDeployable.Contains(part)))
            .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (mains.Count == 0)
        {
            notes.Add($"{scan.ProfilePath}: Go module without a main package; treated as a library");
            yield break;
        }

        if (mains.Count > 1)
            notes.Add($"{scan.ProfilePath}: {mains.Count} main packages, one image each");

        foreach (var main in mains)
        {
            var entry = main.Key.Length == 0 ? "." : "./" + main.Key;
            var facts = new List<DetectedFact>(scan.Facts);
            var first = main.First();
            facts.Add(new DetectedFact("entrypoint", entry, first.Source!.Path,
                first.Source.LineOfText("package main"), Confidence.High));

            var portScan = new AppScan(scan.Files, scan.Folder);
            int? port = null;
            foreach (var file in main)
            {
                port ??= portScan.Port(file.Source,
                    "(?i)(?:port[^\\n]{0,60}?\"|Addr:\\s*\"|(?:Listen(?:AndServe)?|Run|Start)\\(\\s*\"[^\"\\n]*?)" +
                    ":?(\\d{2,5})\"", Confidence.Medium);
            }

            facts.AddRange(portScan.Facts);
            yield return new ProjectProfile
            {
                Path = scan.ProfilePath,
                Language = Language.Go,
                Framework = framework ?? "none",
                PackageManager = "go",
                Lockfile = lockfile,
                Manifests = manifests,
                RuntimeVersion = version,
                Entrypoint = entry,
                Port = port,
                HasTests = hasTests,
                Facts = facts,
            };
        }
    }
}
