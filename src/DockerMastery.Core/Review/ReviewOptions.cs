namespace DockerMastery.Core.Review;

/// <summary>What a caller knows beyond the Dockerfile, and how to tune the rules
/// (the keys of <c>.hadolint.yaml</c>).</summary>
public sealed record ReviewOptions
{
    /// <summary>The build context's files (relative paths), when known; enables the
    /// <c>.dockerignore</c> check.</summary>
    public IReadOnlyList<string>? ContextFiles { get; init; }

    /// <summary>The <c>.dockerignore</c> text, when known.</summary>
    public string? DockerIgnore { get; init; }

    /// <summary>Rule ids never reported.</summary>
    public IReadOnlyCollection<string> Ignored { get; init; } = [];

    /// <summary>Severity per rule id, replacing the default.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } =
        new Dictionary<string, Severity>();

    /// <summary>Registries base images may come from (empty: any registry).</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Required labels and their types (<c>text</c>, <c>url</c>, <c>semver</c>,
    /// <c>hash</c>, <c>rfc3339</c>, <c>spdx</c>, <c>email</c>).</summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } =
        new Dictionary<string, string>();

    /// <summary>When true, labels outside <see cref="LabelSchema"/> are findings.</summary>
    public bool StrictLabels { get; init; }

    /// <summary>When true, <c># hadolint ignore=</c> pragmas are not honoured.</summary>
    public bool DisableIgnorePragma { get; init; }

    /// <summary>Findings below this severity are dropped (hadolint's
    /// <c>failure-threshold</c> applies to the exit code instead; see the CLI).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Style;
}
