namespace DockerMastery.Core.Detection;

/// <summary>Rust: cargo packages and workspaces (one deployable per binary crate); Axum,
/// Actix Web, Rocket, Warp.</summary>
internal sealed class RustAnalyzer : Analyzer
{
    private static readonly (string Crate, string Framework)[] Frameworks =
    [
        ("axum", "axum"), ("actix-web", "actix"), ("rocket", "rocket"), ("warp", "warp"),
    ];

    public override Language Language => Language.Rust;

    public override bool IsMarker(string fileName) => fileName == "Cargo.toml";

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        var cargo = scan.Read("Cargo.toml");
        if (cargo is null)
            yield break;

        scan.FileFact("packageManager", "cargo", "Cargo.toml", Confidence.High);
        string? lockfile = null;
        if (scan.Has("Cargo.lock"))
        {
            lockfile = "Cargo.lock";
            scan.FileFact("lockfile", "Cargo.lock", "Cargo.lock", Confidence.High);
        }
        else
        {
            notes.Add($"{scan.ProfilePath}: no Cargo.lock; the Dockerfile builds with --locked, " +
                "so run cargo generate-lockfile and commit it");
        }

        var version = scan.Capture(scan.Read("rust-toolchain.toml"), "channel\\s*=\\s*\"([^\"]+)\"",
                "runtimeVersion", Confidence.High)
            ?? scan.Capture(scan.Read("rust-toolchain"), "^\\s*(\\S+)", "runtimeVersion", Confidence.High)
            ?? scan.Capture(cargo, "^rust-version\\s*=\\s*\"([^\"]+)\"", "runtimeVersion",
                Confidence.High);
        var manifests = lockfile is null ? new List<string> { "Cargo.toml" } : ["Cargo.toml", "Cargo.lock"];

        var crates = new List<string>();
        if (cargo.Text.Contains("[workspace]", StringComparison.Ordinal))
        {
            scan.Fact("workspace", "cargo", cargo.Path, cargo.LineOfText("[workspace]"), Confidence.High);
            crates.AddRange(scan.Below()
                .Where(p => p.EndsWith("/Cargo.toml", StringComparison.Ordinal))
                .Select(p => p[..^"/Cargo.toml".Length]));
            foreach (var crate in crates)
                claimed.Add(Join(scan.Folder, crate));
        }

        if (cargo.Text.Contains("[package]", StringComparison.Ordinal))
            crates.Insert(0, "");

        foreach (var crate in crates)
        {
            var crateScan = new AppScan(scan.Files, Join(scan.Folder, crate));
            var profile = Crate(crateScan, scan, notes);
            if (profile is null)
                continue;
            yield return profile with
            {
                Path = scan.ProfilePath,
                Lockfile = lockfile,
                Manifests = manifests,
                RuntimeVersion = version,
                HasTests = true,
                Facts = [.. scan.Facts, .. profile.Facts],
            };
        }
    }

    private static ProjectProfile? Crate(AppScan crate, AppScan workspace, List<string> notes)
    {
        var manifest = crate.Read("Cargo.toml");
        if (manifest is null)
            return null;

        var name = crate.Capture(manifest, "(?s)\\[package\\][^\\[]*?^name\\s*=\\s*\"([^\"]+)\"",
            "crate", Confidence.High, System.Text.RegularExpressions.RegexOptions.Multiline);
        var binary = crate.Capture(manifest, "(?s)\\[\\[bin\\]\\][^\\[]*?^name\\s*=\\s*\"([^\"]+)\"",
            "binary", Confidence.High, System.Text.RegularExpressions.RegexOptions.Multiline);
        var hasMain = crate.Has("src/main.rs");
        if (name is null || (binary is null && !hasMain))
        {
            notes.Add($"{crate.ProfilePath}: library crate; skipped");
            return null;
        }

        binary ??= name;
        crate.Fact("entrypoint", binary, manifest.Path, manifest.LineOfText(binary), Confidence.High);

        string? framework = null;
        foreach (var (dependency, label) in Frameworks)
        {
            if (framework is null && crate.Capture(manifest,
                    $"^({System.Text.RegularExpressions.Regex.Escape(dependency)})\\s*=",
                    "framework", Confidence.High) is not null)
            {
                framework = label;
                crate.Facts[^1] = crate.Facts[^1] with { Value = label };
            }
        }

        var noDependencies = !System.Text.RegularExpressions.Regex.IsMatch(manifest.Text,
            "^\\[(?:[a-z0-9.'\"-]*\\.)?(?:dependencies|dev-dependencies)\\]\\s*\\n\\s*[a-zA-Z_]",
            System.Text.RegularExpressions.RegexOptions.Multiline);
        if (noDependencies)
            crate.Fact("dependencies", "none", manifest.Path, 0, Confidence.High);

        var port = crate.Port(crate.Read("src/main.rs"),
            "(?:\"(?:0\\.0\\.0\\.0|127\\.0\\.0\\.1|\\[::\\]|localhost)?:|PORT[^\\n]{0,60}?\")(\\d{2,5})",
            Confidence.Medium);
        _ = workspace;
        return new ProjectProfile
        {
            Language = Language.Rust,
            Framework = framework ?? "none",
            PackageManager = "cargo",
            Entrypoint = binary,
            Port = port,
            NoDependencies = noDependencies,
            Facts = [.. crate.Facts],
        };
    }
}
