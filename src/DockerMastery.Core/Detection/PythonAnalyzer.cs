using System.Text.RegularExpressions;

namespace DockerMastery.Core.Detection;

/// <summary>Python: uv, Poetry, Pipenv, pip; FastAPI, Starlette, Django, Flask.</summary>
internal sealed class PythonAnalyzer : Analyzer
{
    private static readonly string[] Frameworks = ["fastapi", "django", "flask", "starlette"];
    private static readonly string[] DependencyFiles =
        ["pyproject.toml", "requirements.txt", "Pipfile", "setup.py", "setup.cfg"];

    public override Language Language => Language.Python;

    public override bool IsMarker(string fileName) =>
        fileName is "pyproject.toml" or "requirements.txt" or "Pipfile" or "setup.py";

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        var pyproject = scan.Read("pyproject.toml");
        var (pm, lockfile, manifests) = PackageManager(scan, pyproject);

        string? framework = null;
        foreach (var file in DependencyFiles)
        {
            var source = scan.Read(file);
            foreach (var name in Frameworks)
            {
                if (framework is null && Dependency(scan, source, name, "framework"))
                    framework = name;
            }

            Dependency(scan, source, "uvicorn", "server");
            Dependency(scan, source, "gunicorn", "server");
            Dependency(scan, source, "pytest", "test");
        }

        var version = scan.Capture(pyproject, "^requires-python\\s*=\\s*\"([^\"]+)\"",
                "runtimeVersion", Confidence.High)
            ?? scan.Capture(scan.Read(".python-version"), "^\\s*(\\S+)", "runtimeVersion",
                Confidence.High)
            ?? scan.Capture(scan.Read("Pipfile"), "^python_version\\s*=\\s*\"([^\"]+)\"",
                "runtimeVersion", Confidence.High);

        var sources = scan.Below()
            .Where(p => p.EndsWith(".py", StringComparison.Ordinal) && !IsTest(p) &&
                !p.StartsWith("tests/", StringComparison.Ordinal) &&
                !p.Contains("/tests/", StringComparison.Ordinal))
            .OrderBy(p => p.Count(c => c == '/'))
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
        var sourceLayout = sources.Any(p => p.StartsWith("src/", StringComparison.Ordinal));
        if (sourceLayout)
            scan.FileFact("layout", "src", "src", Confidence.High);

        var (entry, entryFile) = Entrypoint(scan, framework, sources);
        var port = entryFile is null
            ? null
            : scan.Port(scan.Read(entryFile),
                "(?i)\\bport\\b[^\\n\\d]{0,40}?(\\d{2,5})\\b", Confidence.Medium);

        var hasPytest = scan.Facts.Any(f => f is { Name: "test", Value: "pytest" });
        string? testCommand = null;
        if (!hasPytest && scan.Below().Any(IsTest))
        {
            testCommand = "python -m unittest discover -q";
            scan.FileFact("test", "unittest", scan.Below().First(IsTest), Confidence.Medium);
        }

        if (framework is null && entry is null)
        {
            notes.Add($"{scan.ProfilePath}: Python files without a web framework or entry " +
                "script; treated as a library");
            yield break;
        }

        yield return new ProjectProfile
        {
            Path = scan.ProfilePath,
            Language = Language.Python,
            Framework = framework ?? "none",
            PackageManager = pm,
            Lockfile = lockfile,
            Manifests = manifests,
            RuntimeVersion = version,
            Entrypoint = entry,
            Port = port,
            SourceLayout = sourceLayout,
            HasTests = hasPytest,
            TestCommand = testCommand,
            Facts = [.. scan.Facts],
        };
    }

    private static (string Pm, string? Lockfile, IReadOnlyList<string> Manifests) PackageManager(
        AppScan scan, SourceText? pyproject)
    {
        (string Lock, string Pm, string Manifest)[] locks =
        [
            ("uv.lock", "uv", "pyproject.toml"),
            ("poetry.lock", "poetry", "pyproject.toml"),
            ("Pipfile.lock", "pipenv", "Pipfile"),
        ];
        foreach (var (lockName, pm, manifest) in locks)
        {
            if (!scan.Has(lockName))
                continue;
            scan.FileFact("packageManager", pm, lockName, Confidence.High);
            scan.FileFact("lockfile", lockName, lockName, Confidence.High);
            return (pm, lockName, [manifest, lockName]);
        }

        if (scan.Has("requirements.txt"))
        {
            scan.FileFact("packageManager", "pip", "requirements.txt", Confidence.High);
            return ("pip", null, ["requirements.txt"]);
        }

        if (pyproject is not null && scan.Capture(pyproject, "^(\\[tool\\.poetry\\])",
                "packageManager", Confidence.Medium) is not null)
        {
            return ("poetry", null, ["pyproject.toml"]);
        }

        var dependencies = pyproject is null ? null : Regex.Match(pyproject.Text,
            "(?ms)^dependencies\\s*=\\s*\\[(.*?)\\]", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (dependencies is { Success: true } && dependencies.Groups[1].Value.Contains('"'))
        {
            scan.Fact("packageManager", "uv", pyproject!.Path,
                pyproject.LineOf(dependencies.Index), Confidence.Low);
            return ("uv", null, ["pyproject.toml"]);
        }

        if (pyproject is not null)
            scan.Fact("packageManager", "none", pyproject.Path, 0, Confidence.Medium);
        return ("none", null, []);
    }

    // A requirement: quoted ("fastapi>=1"), at a line start (requirements.txt), or a TOML key.
    private static bool Dependency(AppScan scan, SourceText? source, string name, string fact)
    {
        var pattern = $"(?im)(?:^\\s*|[\"'])({Regex.Escape(name)})(?:\\s*(?:[<>=!~;\\[]|$)|[\"'])";
        return scan.Capture(source, pattern, fact, Confidence.High, RegexOptions.None) is not null;
    }

    private static (string? Entry, string? File) Entrypoint(
        AppScan scan, string? framework, List<string> sources)
    {
        if (framework == "django")
        {
            var wsgi = sources.FirstOrDefault(p => p.EndsWith("/wsgi.py", StringComparison.Ordinal));
            if (wsgi is not null)
            {
                var module = Module(wsgi);
                scan.FileFact("entrypoint", module + ":application", wsgi, Confidence.High);
                return (module + ":application", wsgi);
            }
        }

        var constructor = framework switch
        {
            "fastapi" => "FastAPI",
            "starlette" => "Starlette",
            "flask" => "Flask",
            _ => null,
        };
        if (constructor is not null)
        {
            foreach (var file in sources)
            {
                var source = scan.Read(file);
                var variable = scan.Capture(source, $"^(\\w+)\\s*(?::\\s*\\w+\\s*)?=\\s*{constructor}\\(",
                    "appObject", Confidence.High);
                if (variable is null)
                    continue;
                var entry = $"{Module(file)}:{variable}";
                scan.Fact("entrypoint", entry, source!.Path, scan.Facts[^1].Line, Confidence.High);
                return (entry, file);
            }
        }

        foreach (var file in sources)
        {
            var source = scan.Read(file);
            if (source is null || !source.Text.Contains("__name__", StringComparison.Ordinal))
                continue;
            var guard = source.LineOfText("if __name__");
            if (guard == 0)
                continue;
            var entry = file.EndsWith("/__main__.py", StringComparison.Ordinal)
                ? Module(file[..^"/__main__.py".Length])
                : file.StartsWith("src/", StringComparison.Ordinal) ? Module(file) : file;
            scan.Fact("entrypoint", entry, source.Path, guard, Confidence.Medium);
            return (entry, file);
        }

        return (null, null);
    }

    private static string Module(string path)
    {
        var module = path.EndsWith(".py", StringComparison.Ordinal) ? path[..^3] : path;
        if (module.StartsWith("src/", StringComparison.Ordinal))
            module = module[4..];
        return module.Replace('/', '.');
    }

    private static bool IsTest(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".py", StringComparison.Ordinal) &&
            (name.StartsWith("test_", StringComparison.Ordinal) ||
             name.EndsWith("_test.py", StringComparison.Ordinal) || name == "conftest.py");
    }
}
