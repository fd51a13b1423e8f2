namespace DockerMastery.Core.Detection;

/// <summary>
/// One deployable application as detection sees it (or as a caller describes it when there is
/// no project to read). Everything the Dockerfile generator needs to know about the code.
/// </summary>
public sealed record ProjectProfile
{
    /// <summary>The application's folder relative to the scanned root, <c>.</c> for the root.</summary>
    public string Path { get; init; } = ".";

    /// <summary>The language.</summary>
    public required Language Language { get; init; }

    /// <summary>The web framework (<c>fastapi</c>, <c>express</c>, <c>gin</c>, ...), or null.</summary>
    public string? Framework { get; init; }

    /// <summary>The package manager: <c>uv</c>, <c>pip</c>, <c>poetry</c>, <c>pipenv</c>,
    /// <c>npm</c>, <c>pnpm</c>, <c>yarn</c>, <c>bun</c>, <c>go</c>, <c>cargo</c>,
    /// <c>maven</c>, <c>gradle</c>, <c>dotnet</c>; <c>none</c> when there are no
    /// dependencies to install.</summary>
    public required string PackageManager { get; init; }

    /// <summary>The lockfile that pins dependencies, relative to <see cref="Path"/>, or null.</summary>
    public string? Lockfile { get; init; }

    /// <summary>The manifests copied before the source so the dependency layer caches,
    /// relative to <see cref="Path"/> (e.g. <c>pyproject.toml</c>, <c>uv.lock</c>).</summary>
    public IReadOnlyList<string> Manifests { get; init; } = [];

    /// <summary>The runtime version the project asks for (requires-python, engines, go
    /// directive, TargetFramework, ...), or null.</summary>
    public string? RuntimeVersion { get; init; }

    /// <summary>What starts the app: a Python module or <c>module:app</c>, a Node script, a Go
    /// package (<c>./cmd/api</c>), a Rust binary name, a Java jar name pattern, a .NET
    /// project file.</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The port the app listens on when the code or config says it.</summary>
    public int? Port { get; init; }

    /// <summary>Python: sources live under <c>src/</c>.</summary>
    public bool SourceLayout { get; init; }

    /// <summary>Node: package.json has a <c>build</c> script; Next.js standalone output.</summary>
    public bool HasBuildScript { get; init; }

    /// <summary>A test runner was found (pytest, an npm <c>test</c> script, Go test files,
    /// a .NET test project, ...).</summary>
    public bool HasTests { get; init; }

    /// <summary>The command the test stage runs (shell form), when detection found one; null
    /// lets the recipe choose (e.g. <c>python -m pytest -q</c> when pytest is a dependency).</summary>
    public string? TestCommand { get; init; }

    /// <summary>The manifest declares no third-party dependencies (a std-only Rust crate), so
    /// there is no dependency layer worth caching.</summary>
    public bool NoDependencies { get; init; }

    /// <summary>Java: the Maven or Gradle wrapper is present (<c>mvnw</c>, <c>gradlew</c>).</summary>
    public bool HasWrapper { get; init; }

    /// <summary>Everything detection read, each with file, line and confidence.</summary>
    public IReadOnlyList<DetectedFact> Facts { get; init; } = [];
}
