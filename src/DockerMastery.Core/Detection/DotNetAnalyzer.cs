namespace DockerMastery.Core.Detection;

/// <summary>.NET: SDK-style projects (ASP.NET Core web projects and console workers), the
/// solution folder as build context, test projects, TargetFramework.</summary>
internal sealed class DotNetAnalyzer : Analyzer
{
    private static readonly string[] SharedFiles =
    [
        "global.json", "nuget.config", "NuGet.config", "NuGet.Config", "Directory.Build.props",
        "Directory.Build.targets", "Directory.Packages.props",
    ];

    public override Language Language => Language.DotNet;

    public override bool IsMarker(string fileName) =>
        fileName.EndsWith(".csproj", StringComparison.Ordinal) ||
        fileName.EndsWith(".fsproj", StringComparison.Ordinal);

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        // The build context is the closest folder with a solution file, else this folder.
        var context = ContextRoot(scan);
        var root = new AppScan(scan.Files, context);
        var projects = root.Below()
            .Where(p => p.EndsWith(".csproj", StringComparison.Ordinal) ||
                p.EndsWith(".fsproj", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var project in projects)
        {
            var folder = project.Contains('/') ? project[..project.LastIndexOf('/')] : "";
            claimed.Add(Join(context, folder));
        }

        var tests = projects.Where(p => IsTest(root.Read(p))).ToList();
        foreach (var test in tests)
            notes.Add($"{root.PathOf(test)}: test project; run by the test stage, not deployed");

        var manifests = projects
            .Concat(root.Below().Where(p => !p.Contains('/') &&
                (p.EndsWith(".sln", StringComparison.Ordinal) ||
                 p.EndsWith(".slnx", StringComparison.Ordinal) || SharedFiles.Contains(p))))
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var project in projects.Except(tests))
        {
            var appScan = new AppScan(scan.Files, context);
            var source = appScan.Read(project);
            if (source is null)
                continue;
            appScan.FileFact("packageManager", "dotnet", project, Confidence.High);
            var web = appScan.Capture(source, "Sdk=\"(Microsoft\\.NET\\.Sdk\\.Web)\"", "framework",
                Confidence.High) is not null;
            if (web)
                appScan.Facts[^1] = appScan.Facts[^1] with { Value = "aspnetcore" };
            var exe = appScan.Capture(source, "<OutputType>\\s*(Exe|WinExe)\\s*<", "outputType",
                Confidence.High) is not null;
            if (!web && !exe)
            {
                notes.Add($"{source.Path}: class library; skipped");
                continue;
            }

            var version = appScan.Capture(source, "<TargetFrameworks?>\\s*net(\\d+\\.\\d+)",
                "runtimeVersion", Confidence.High);
            var folder = project.Contains('/') ? project[..project.LastIndexOf('/')] : "";
            var program = appScan.Read(folder.Length == 0 ? "Program.cs" : $"{folder}/Program.cs");
            var port = appScan.Port(program,
                "(?:UseUrls\\(|Urls\\.Add\\(|ListenAnyIP\\(|ASPNETCORE_HTTP_PORTS[^\\n]{0,30}?)" +
                "\\s*\"?(?:https?://[^:\"]+:)?(\\d{2,5})", Confidence.Medium);
            if (port is null && web)
            {
                // The ASP.NET images listen on ASPNETCORE_HTTP_PORTS, 8080 since .NET 8.
                port = 8080;
                appScan.Fact("port", "8080", source.Path, 0, Confidence.Low);
            }

            appScan.Fact("entrypoint", project, source.Path, 0, Confidence.High);
            yield return new ProjectProfile
            {
                Path = root.ProfilePath,
                Language = Language.DotNet,
                Framework = web ? "aspnetcore" : "none",
                PackageManager = "dotnet",
                Lockfile = root.Has((folder.Length == 0 ? "" : folder + "/") + "packages.lock.json")
                    ? (folder.Length == 0 ? "" : folder + "/") + "packages.lock.json"
                    : null,
                Manifests = manifests,
                RuntimeVersion = version,
                Entrypoint = project,
                Port = port,
                HasTests = tests.Count > 0,
                Facts = [.. appScan.Facts],
            };
        }
    }

    private static string ContextRoot(AppScan scan)
    {
        var folder = scan.Folder;
        while (true)
        {
            var prefix = folder.Length == 0 ? "" : folder + "/";
            var hasSolution = scan.Files.Paths.Any(p => p.StartsWith(prefix, StringComparison.Ordinal) &&
                !p[prefix.Length..].Contains('/') &&
                (p.EndsWith(".sln", StringComparison.Ordinal) || p.EndsWith(".slnx", StringComparison.Ordinal)));
            if (hasSolution)
                return folder;
            if (folder.Length == 0)
                return scan.Folder;
            folder = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";
        }
    }

    private static bool IsTest(SourceText? project) =>
        project is not null &&
        (project.Text.Contains("<IsTestProject>true", StringComparison.OrdinalIgnoreCase) ||
         project.Text.Contains("Microsoft.NET.Test.Sdk", StringComparison.Ordinal));
}
