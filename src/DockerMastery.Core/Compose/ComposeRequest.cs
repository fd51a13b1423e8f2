using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Compose;

/// <summary>What <see cref="ComposeGenerator"/> builds: the app and the services beside
/// it.</summary>
public sealed record ComposeRequest
{
    /// <summary>The Compose project name (lower case letters, digits, <c>-</c> and
    /// <c>_</c>).</summary>
    public string ProjectName { get; init; } = "app";

    /// <summary>The app's service name.</summary>
    public string AppName { get; init; } = "app";

    /// <summary>python, node, go, rust, java or dotnet: decides the probe and the dev
    /// command.</summary>
    public string Language { get; init; } = "python";

    /// <summary>The framework (fastapi, flask, django, express, nestjs, nextjs, gin...), or
    /// null.</summary>
    public string? Framework { get; init; }

    /// <summary>The module or file the app starts from (<c>main:app</c>, <c>src/server.js</c>), or
    /// null.</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The port the app listens on inside its container.</summary>
    public int Port { get; init; } = 8000;

    /// <summary>The app's health route, probed by its healthcheck.</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>A prebuilt app image; null builds the Dockerfile beside compose.yaml.</summary>
    public string? AppImage { get; init; }

    /// <summary>The folder the Dockerfile puts the app in, bind-mounted for development.</summary>
    public string WorkDir { get; init; } = "/app";

    /// <summary>The skill's tier (1-4); 3 and above adds read-only roots, dropped
    /// capabilities, no-new-privileges and fixed non-root users.</summary>
    public int Tier { get; init; } = 2;

    /// <summary>The services beside the app.</summary>
    public IReadOnlyList<ComposeServiceKind> Services { get; init; } = [];

    /// <summary>GPUs to reserve for the app: 0 for none, -1 for all.</summary>
    public int Gpus { get; init; }

    /// <summary>The catalog the images come from; null for <see
    /// cref="VersionCatalog.Default"/>.</summary>
    public VersionCatalog? Catalog { get; init; }
}
