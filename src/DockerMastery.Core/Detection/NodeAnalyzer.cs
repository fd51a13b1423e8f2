using System.Text.Json;

namespace DockerMastery.Core.Detection;

/// <summary>Node.js: npm, pnpm, yarn, bun (and their workspaces); Next.js, NestJS, Express,
/// Fastify, Koa, Hono.</summary>
internal sealed class NodeAnalyzer : Analyzer
{
    private static readonly (string Package, string Framework)[] Frameworks =
    [
        ("next", "nextjs"), ("@nestjs/core", "nestjs"), ("express", "express"),
        ("fastify", "fastify"), ("koa", "koa"), ("hono", "hono"),
    ];

    private const string DefaultTestScript = "echo \"Error: no test specified\" && exit 1";

    public override Language Language => Language.Node;

    public override bool IsMarker(string fileName) => fileName == "package.json";

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        var source = scan.Read("package.json");
        if (source is null)
            yield break;

        JsonElement package;
        try
        {
            using var document = JsonDocument.Parse(source.Text);
            package = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            notes.Add($"{source.Path}: not valid JSON ({error.Message}); skipped");
            yield break;
        }

        if (package.ValueKind != JsonValueKind.Object)
            yield break;

        var workspaces = Workspaces(scan, package);
        foreach (var member in workspaces)
            claimed.Add(member);

        var (pm, lockfile) = PackageManager(scan, package, source);
        var manifests = lockfile is null ? new List<string> { "package.json" } : ["package.json", lockfile];
        // A missing lockfile shows as a null Lockfile; the generator's assumptions explain it.

        if (workspaces.Count > 0)
        {
            notes.Add($"{scan.ProfilePath}: {pm} workspace root with {workspaces.Count} member(s)");
            var workspaceManifests = manifests
                .Concat(workspaces.Select(m => scan.Relative(m) + "/package.json"))
                .ToArray();
            foreach (var member in workspaces)
            {
                var memberScan = new AppScan(scan.Files, member);
                var profile = Member(memberScan, notes, pm, lockfile);
                if (profile is not null)
                    yield return profile with { Path = scan.ProfilePath, Manifests = workspaceManifests };
            }

            if (Framework(new AppScan(scan.Files, scan.Folder), package, source) is null)
                yield break;
        }

        var own = Read(scan, package, source, pm, lockfile, manifests, notes);
        if (own is not null)
            yield return own;
    }

    private ProjectProfile? Member(AppScan scan, List<string> notes, string pm, string? lockfile)
    {
        var source = scan.Read("package.json");
        if (source is null)
            return null;
        try
        {
            using var document = JsonDocument.Parse(source.Text);
            var profile = Read(scan, document.RootElement.Clone(), source, pm, lockfile, [], notes);
            if (profile?.Entrypoint is { } entry)
                profile = profile with { Entrypoint = $"{scan.Folder}/{entry}" };
            return profile;
        }
        catch (JsonException error)
        {
            notes.Add($"{source.Path}: not valid JSON ({error.Message}); skipped");
            return null;
        }
    }

    private static ProjectProfile? Read(
        AppScan scan, JsonElement package, SourceText source, string pm, string? lockfile,
        IReadOnlyList<string> manifests, List<string> notes)
    {
        var framework = Framework(scan, package, source);
        var scripts = package.TryGetProperty("scripts", out var s) && s.ValueKind == JsonValueKind.Object
            ? s
            : default;
        var start = Script(scripts, "start");
        var build = Script(scripts, "build");
        var test = Script(scripts, "test");
        if (build is not null)
            scan.Fact("build", build, source.Path, source.LineOfText("\"build\""), Confidence.High);
        var hasTests = test is not null && test != DefaultTestScript;
        if (hasTests)
            scan.Fact("test", test!, source.Path, source.LineOfText("\"test\""), Confidence.High);

        var version = Engines(scan, package, source);
        var entry = Entrypoint(scan, package, source, framework, start);
        if (framework is null && start is null && entry is null)
        {
            notes.Add($"{scan.ProfilePath}: package without a server framework or start script; " +
                "treated as a library");
            return null;
        }

        int? port = null;
        if (entry is not null && !entry.StartsWith("dist/", StringComparison.Ordinal))
        {
            port = scan.Port(scan.Read(entry),
                "(?:listen\\(\\s*|PORT\\s*(?:\\|\\||\\?\\?)\\s*)['\"]?(\\d{2,5})", Confidence.Medium);
        }

        if (port is null && framework == "nestjs")
            port = scan.Port(scan.Read("src/main.ts"), "listen\\(\\s*[^\\n]*?(\\d{2,5})", Confidence.Medium);
        if (framework == "nextjs")
        {
            var config = scan.Read("next.config.js") ?? scan.Read("next.config.mjs") ??
                scan.Read("next.config.ts");
            if (scan.Capture(config, "output\\s*:\\s*['\"](standalone)['\"]", "output",
                    Confidence.High) is null)
            {
                notes.Add($"{scan.ProfilePath}: Next.js without output: 'standalone' in " +
                    "next.config; the Dockerfile copies .next/standalone, so set it");
            }
        }

        return new ProjectProfile
        {
            Path = scan.ProfilePath,
            Language = Language.Node,
            Framework = framework ?? "none",
            PackageManager = pm,
            Lockfile = lockfile,
            Manifests = manifests,
            RuntimeVersion = version,
            Entrypoint = entry,
            Port = port,
            HasBuildScript = build is not null,
            HasTests = hasTests,
            Facts = [.. scan.Facts],
        };
    }

    private static string? Framework(AppScan scan, JsonElement package, SourceText source)
    {
        foreach (var section in new[] { "dependencies", "devDependencies" })
        {
            if (!package.TryGetProperty(section, out var dependencies) ||
                dependencies.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var (name, framework) in Frameworks)
            {
                if (section == "dependencies" && dependencies.TryGetProperty(name, out _))
                {
                    scan.Fact("framework", framework, source.Path,
                        source.LineOfText($"\"{name}\""), Confidence.High);
                    return framework;
                }
            }
        }

        return null;
    }

    private static (string Pm, string? Lockfile) PackageManager(
        AppScan scan, JsonElement package, SourceText source)
    {
        (string Lock, string Pm)[] locks =
        [
            ("pnpm-lock.yaml", "pnpm"), ("bun.lock", "bun"), ("bun.lockb", "bun"),
            ("yarn.lock", "yarn"), ("package-lock.json", "npm"), ("npm-shrinkwrap.json", "npm"),
        ];
        foreach (var (lockName, pm) in locks)
        {
            if (!scan.Has(lockName))
                continue;
            scan.FileFact("packageManager", pm, lockName, Confidence.High);
            scan.FileFact("lockfile", lockName, lockName, Confidence.High);
            return (pm, lockName);
        }

        if (package.TryGetProperty("packageManager", out var field) &&
            field.ValueKind == JsonValueKind.String)
        {
            var pm = field.GetString()!.Split('@')[0];
            if (pm is "npm" or "pnpm" or "yarn" or "bun")
            {
                scan.Fact("packageManager", pm, source.Path, source.LineOfText("\"packageManager\""),
                    Confidence.High);
                return (pm, null);
            }
        }

        scan.Fact("packageManager", "npm", source.Path, 0, Confidence.Low);
        return ("npm", null);
    }

    private static List<string> Workspaces(AppScan scan, JsonElement package)
    {
        var patterns = new List<string>();
        if (package.TryGetProperty("workspaces", out var workspaces))
        {
            var list = workspaces.ValueKind == JsonValueKind.Object &&
                workspaces.TryGetProperty("packages", out var packages) ? packages : workspaces;
            if (list.ValueKind == JsonValueKind.Array)
            {
                patterns.AddRange(list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!));
            }
        }

        var pnpm = scan.Read("pnpm-workspace.yaml");
        if (pnpm is not null)
        {
            patterns.AddRange(pnpm.Text.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
                .Select(l => l[2..].Trim().Trim('\'', '"')));
        }

        // Members are folders with a package.json matching a pattern (dir or dir/*).
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns.Where(p => !p.StartsWith('!')))
        {
            var clean = pattern.TrimEnd('/');
            var prefix = clean.EndsWith("/*", StringComparison.Ordinal) || clean.EndsWith("/**", StringComparison.Ordinal)
                ? clean[..clean.LastIndexOf('/')]
                : null;
            foreach (var path in scan.Below().Where(p => p.EndsWith("/package.json", StringComparison.Ordinal)))
            {
                var folder = path[..^"/package.json".Length];
                var matches = prefix is null
                    ? folder == clean
                    : folder.StartsWith(prefix + "/", StringComparison.Ordinal) &&
                      (clean.EndsWith("/**", StringComparison.Ordinal) ||
                       !folder[(prefix.Length + 1)..].Contains('/'));
                if (matches)
                    members.Add(Join(scan.Folder, folder));
            }
        }

        return [.. members];
    }

    private static string? Engines(AppScan scan, JsonElement package, SourceText source)
    {
        if (package.TryGetProperty("engines", out var engines) &&
            engines.ValueKind == JsonValueKind.Object &&
            engines.TryGetProperty("node", out var node) && node.ValueKind == JsonValueKind.String)
        {
            var version = node.GetString()!;
            scan.Fact("runtimeVersion", version, source.Path, source.LineOfText("\"engines\""),
                Confidence.High);
            return version;
        }

        return scan.Capture(scan.Read(".nvmrc"), "^\\s*v?(\\S+)", "runtimeVersion", Confidence.High)
            ?? scan.Capture(scan.Read(".node-version"), "^\\s*v?(\\S+)", "runtimeVersion",
                Confidence.High);
    }

    private static string? Entrypoint(
        AppScan scan, JsonElement package, SourceText source, string? framework, string? start)
    {
        if (framework == "nextjs")
        {
            scan.Fact("entrypoint", "server.js", source.Path, 0, Confidence.Medium);
            return "server.js";
        }

        if (framework == "nestjs")
        {
            scan.Fact("entrypoint", "dist/main.js", source.Path, 0, Confidence.Medium);
            return "dist/main.js";
        }

        if (start is not null)
        {
            var words = start.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var script = words.Skip(1).FirstOrDefault(w => !w.StartsWith('-'));
            if (words.Length > 1 && words[0] == "node" && script is not null)
            {
                var path = script.StartsWith("./", StringComparison.Ordinal) ? script[2..] : script;
                if (!path.EndsWith(".js", StringComparison.Ordinal) &&
                    !path.EndsWith(".mjs", StringComparison.Ordinal) &&
                    !path.EndsWith(".cjs", StringComparison.Ordinal))
                {
                    path += ".js";
                }

                scan.Fact("entrypoint", path, source.Path, source.LineOfText("\"start\""),
                    Confidence.High);
                return path;
            }
        }

        if (package.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.String)
        {
            var path = main.GetString()!.TrimStart('.', '/');
            scan.Fact("entrypoint", path, source.Path, source.LineOfText("\"main\""), Confidence.Medium);
            return path;
        }

        foreach (var candidate in new[] { "server.js", "index.js", "app.js", "main.js" })
        {
            if (scan.Has(candidate))
            {
                scan.FileFact("entrypoint", candidate, candidate, Confidence.Low);
                return candidate;
            }
        }

        return null;
    }

    private static string? Script(JsonElement scripts, string name) =>
        scripts.ValueKind == JsonValueKind.Object && scripts.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
