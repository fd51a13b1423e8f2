using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;
using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>
/// Every app under <c>samples/apps/</c>, classified: built and run here, or the reason it
/// cannot be. A test fails when a sample folder is missing from this list, so a new sample is
/// never silently left out.
/// </summary>
public static class SampleApps
{
    /// <summary>PyPI, crates.io, Maven Central and the Go proxy are unreachable from builds here;
    /// Debian, npm and NuGet are.</summary>
    public static IReadOnlyList<SampleApp> All { get; } =
    [
        new("go-http", Language.Go, "internal/tasks/handler.go",
            "go build -o /usr/local/bin/app ./cmd/server", ["app"]),
        new("node-express", Language.Node, "app.js", "npm ci", ["node", "server.js"]),
        new("python-stdlib", Language.Python, "app.py", null, ["python", "app.py"]),
        new("rust-http", Language.Rust, "src/main.rs",
            "cargo build --release", ["./target/release/rust-http"],
            Limits: [
                new([4], "rustup target add",
                    "tier 4 builds a static musl binary with rustup's musl target; Debian's "
                    + "Rust has no rustup, and rustup's downloads are unreachable here"),
            ]),
        new("dotnet-minimal-api", Language.DotNet, "Program.cs",
            "dotnet publish TaskApi.csproj -c Release -o /out", ["dotnet", "/out/TaskApi.dll"]),
        new("python-fastapi", Language.Python, "app/main.py", null, [],
            Unbuildable: "needs FastAPI and Uvicorn from PyPI, which is unreachable from builds here"),
        new("java-http", Language.Java, "src/main/java/example/tasks/Server.java", null, [],
            Unbuildable: "Maven fetches its own plugins (compiler, jar) from Maven Central even "
                + "for a project without dependencies, and Maven Central is unreachable here"),
    ];

    public static IEnumerable<SampleApp> Buildable => All.Where(s => s.Unbuildable is null);

    /// <summary>Every (sample, tier) that is built and run here.</summary>
    public static IEnumerable<(SampleApp Sample, int Tier)> Matrix =>
        from sample in Buildable
        from tier in Tiers
        where sample.LimitAt(tier) is null
        select (sample, tier);

    /// <summary>Every (sample, tier) kept out by a <see cref="TierLimit"/>.</summary>
    public static IEnumerable<(SampleApp Sample, int Tier, TierLimit Limit)> Limited =>
        from sample in Buildable
        from tier in Tiers
        let limit = sample.LimitAt(tier)
        where limit is not null
        select (sample, tier, limit);

    /// <summary>The tiers whose Dockerfile produces a single image: all four (compose, CI
    /// and the other files of tiers 2-4 come on top of the same Dockerfile).</summary>
    public static IReadOnlyList<int> Tiers { get; } = [1, 2, 3, 4];

    public static string Folder(string name) =>
        Path.Combine(RealbuildEnvironment.Current.Repository, "samples", "apps", name);

    public static SampleApp Named(string folder) =>
        All.Single(s => s.Folder == folder);

    /// <summary>The catalog image the naive baseline builds on: the language's build image,
    /// the same local base the generated Dockerfile starts from.</summary>
    public static string NaiveBase(Language language) => VersionCatalog.Default.Image(language switch
    {
        Language.Go => "go.build",
        Language.Node => "node.build",
        Language.Python => "python.build",
        Language.Rust => "rust.build",
        Language.Java => "java.build",
        Language.DotNet => "dotnet.sdk",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no build image"),
    }).ToString();

    /// <summary>The Dockerfile a developer writes on the first day: one stage, everything
    /// copied, built in place, run as root. The benchmark's baseline.</summary>
    public static string NaiveDockerfile(SampleApp sample)
    {
        var run = sample.NaiveBuild is null ? "" : $"RUN {sample.NaiveBuild}\n";
        var command = string.Join(", ", sample.NaiveCommand.Select(c => $"\"{c}\""));
        return $"FROM {NaiveBase(sample.Language)}\nWORKDIR /app\nCOPY . .\n{run}CMD [{command}]\n";
    }
}
