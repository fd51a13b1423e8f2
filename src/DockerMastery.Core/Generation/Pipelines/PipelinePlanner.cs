using System.Text.RegularExpressions;
using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Checks every caller value against the grammar of where it lands and fills in defaults.
/// The grammars are narrower than YAML, HCL, Groovy and shell allow, so a value that passes
/// is a plain word in all of them: no quote, no <c>${</c>, no newline, no space.
/// </summary>
internal static partial class PipelinePlanner
{
    private static readonly string[] Severities = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"];

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    // Repository path components of the distribution spec's reference grammar.
    [GeneratedRegex(
        @"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(
        @"^(?:localhost|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)"
        + @"(?::[0-9]{1,5})?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Host();

    [GeneratedRegex(@"^[0-9]{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex EcrHost();

    [GeneratedRegex(@"^(?:([a-z0-9-]+)-docker\.pkg\.dev|(?:(?:us|eu|asia)\.)?gcr\.io)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex GcpHost();

    [GeneratedRegex(@"^[a-z0-9]{5,50}\.azurecr\.io\z", RegexOptions.CultureInvariant)]
    private static partial Regex AcrHost();

    [GeneratedRegex(@"^(?:\.|[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex RelativePath();

    [GeneratedRegex(@"^[a-z][a-z0-9._-]{0,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StageName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex BranchName();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*){1,4}\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex SourcePath();

    public static PipelinePlan Plan(PipelineOptions options, VersionCatalog catalog)
    {
        var assumptions = new List<string>();
        var project = options.ProjectName ?? "";
        if (!DnsLabel().IsMatch(project))
            throw Refuse("projectName", project,
                "must be 1-63 lower-case letters, digits or dashes, starting and ending with a "
                + "letter or digit");

        CheckPath("dockerfile", options.Dockerfile, allowDot: false);
        CheckPath("context", options.Context, allowDot: true);
        if (!StageName().IsMatch(options.TestTarget ?? ""))
            throw Refuse("testTarget", options.TestTarget,
                "must be a Dockerfile stage name: lower-case letter first, then a-z 0-9 . _ -");
        CheckBranch(options.DefaultBranch);
        CheckSeverities(options.SeverityGate);

        var registry = ResolveRegistry(options, project, assumptions);
        if (!ImageReference.IsValid(registry.Image + ":latest"))
            throw Refuse("imageName", registry.Image, "does not form a valid image reference");

        var platforms = ResolvePlatforms(options, catalog, assumptions);
        var source = options.SourceRepository;
        if (source is null)
        {
            source = $"{options.Namespace?.Split('/')[0] ?? project}/{project}";
            assumptions.Add($"source repository '{source}' (signatures are trusted from its "
                + "pipeline only)");
        }
        else if (!SourcePath().IsMatch(source) || source.Contains("..", StringComparison.Ordinal))
        {
            throw Refuse("sourceRepository", source,
                "must be OWNER/REPO (GitHub) or GROUP/PROJECT (GitLab): letters, digits, . _ -");
        }

        var signing = options.Signing;
        if (options.Ci == CiPlatform.Jenkins && signing == SigningMode.Keyless)
        {
            signing = SigningMode.KeyPair;
            assumptions.Add("Cosign key-pair signing: Jenkins has no OIDC issuer that Sigstore's "
                + "Fulcio trusts for keyless certificates");
        }

        return new PipelinePlan(options, catalog, registry, project, source, signing, platforms,
            assumptions);
    }

    private static RegistryTarget ResolveRegistry(
        PipelineOptions options, string project, List<string> assumptions)
    {
        var name = options.ImageName ?? project;
        if (!RepositoryPath().IsMatch(name))
            throw Refuse("imageName", name,
                "must be lower-case path components (a-z 0-9, separated by . _ __ - or /)");
        if (options.Namespace is { } given && !RepositoryPath().IsMatch(given))
            throw Refuse("namespace", given,
                "must be lower-case path components (a-z 0-9, separated by . _ __ - or /)");

        var host = options.RegistryHost?.Trim();
        if (host is not null && !Host().IsMatch(host))
            throw Refuse("registryHost", host,
                "must be a lower-case host name with at least one dot (or localhost), "
                + "optionally :port, and no scheme or path");

        string Default(string value, string why)
        {
            assumptions.Add(why);
            return value;
        }

        switch (options.Registry)
        {
            case RegistryKind.DockerHub:
                host ??= "docker.io";
                return new(options.Registry, host, Join(options.Namespace
                    ?? Default(project, $"Docker Hub namespace '{project}' (the project name)"),
                    name), null);
            case RegistryKind.Ghcr:
                host ??= "ghcr.io";
                return new(options.Registry, host, Join(options.Namespace
                    ?? Default(project, $"GHCR owner '{project}' (the project name)"),
                    name), null);
            case RegistryKind.Ecr:
            {
                host ??= Default("123456789012.dkr.ecr.us-east-1.amazonaws.com",
                    "ECR host 123456789012.dkr.ecr.us-east-1.amazonaws.com: replace the "
                    + "placeholder account and region");
                var match = EcrHost().Match(host);
                if (!match.Success)
                    throw Refuse("registryHost", host,
                        "an ECR host is ACCOUNT.dkr.ecr.REGION.amazonaws.com (12-digit account)");
                var path = options.Namespace is null ? name : Join(options.Namespace, name);
                return new(options.Registry, host, path, match.Groups[1].Value);
            }
            case RegistryKind.Gcr:
            {
                host ??= Default("us-docker.pkg.dev",
                    "Artifact Registry host us-docker.pkg.dev");
                var match = GcpHost().Match(host);
                if (!match.Success)
                    throw Refuse("registryHost", host,
                        "a Google registry host is REGION-docker.pkg.dev (Artifact Registry) "
                        + "or gcr.io");
                var artifactRegistry = match.Groups[1].Success;
                var ns = options.Namespace ?? Default(
                    artifactRegistry ? $"{project}/{project}" : project,
                    artifactRegistry
                        ? $"Artifact Registry path '{project}/{project}' (GCP project/repository)"
                        : $"GCP project '{project}'");
                var depth = ns.Split('/').Length;
                if (artifactRegistry && depth != 2)
                    throw Refuse("namespace", ns,
                        "Artifact Registry needs GCP_PROJECT/REPOSITORY (two components)");
                return new(options.Registry, host, Join(ns, name),
                    artifactRegistry ? match.Groups[1].Value : null);
            }
            case RegistryKind.Acr:
            {
                var defaultName = project.Replace("-", "", StringComparison.Ordinal);
                if (defaultName.Length < 5)
                    defaultName += "registry";
                host ??= Default($"{defaultName}.azurecr.io",
                    $"ACR host {defaultName}.azurecr.io (registry name from the project name)");
                if (!AcrHost().IsMatch(host))
                    throw Refuse("registryHost", host,
                        "an ACR host is NAME.azurecr.io, NAME being 5-50 lower-case letters "
                        + "or digits");
                var path = options.Namespace is null ? name : Join(options.Namespace, name);
                return new(options.Registry, host, path, null);
            }
            case RegistryKind.Harbor:
                host ??= Default("harbor.example.com",
                    "Harbor host harbor.example.com: replace with your Harbor's host");
                return new(options.Registry, host, Join(options.Namespace
                    ?? Default(project, $"Harbor project '{project}' (the project name)"),
                    name), null);
            default:
                throw Refuse("registry", options.Registry.ToString(),
                    "must be dockerhub, ghcr, ecr, gcr, acr or harbor");
        }
    }

    private static IReadOnlyList<string> ResolvePlatforms(
        PipelineOptions options, VersionCatalog catalog, List<string> assumptions)
    {
        if (!catalog.Images.TryGetValue(options.RuntimeImage ?? "", out var runtime))
            throw Refuse("runtimeImage", options.RuntimeImage, "is not a catalog image key");

        var supported = PlatformSupport.For(runtime);
        if (!options.MultiArch)
        {
            if (options.Platforms is { Count: > 0 })
                throw Refuse("platforms", string.Join(',', options.Platforms),
                    "are only used with multiArch");
            return [PlatformSupport.Amd64];
        }

        if (options.Platforms is null || options.Platforms.Count == 0)
        {
            assumptions.Add($"platforms {string.Join(", ", supported)} "
                + $"(what {runtime.Repository} is published for)");
            return supported;
        }

        foreach (var platform in options.Platforms)
        {
            if (!PlatformSupport.Known.Contains(platform))
                throw Refuse("platforms", platform,
                    "must be one of " + string.Join(", ", PlatformSupport.Known));
            if (!supported.Contains(platform))
                throw Refuse("platforms", platform,
                    $"{runtime.Repository} is not published for it; it has "
                    + string.Join(", ", supported));
        }

        return options.Platforms.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void CheckPath(string field, string? path, bool allowDot)
    {
        if (path is null || !RelativePath().IsMatch(path) || (!allowDot && path == ".")
            || path.Split('/').Any(segment => segment == ".."))
            throw Refuse(field, path,
                "must be a relative path of letters, digits, . _ - and / without '..'");
    }

    private static void CheckBranch(string? branch)
    {
        if (branch is null || !BranchName().IsMatch(branch)
            || branch.Contains("..", StringComparison.Ordinal)
            || branch.Contains("//", StringComparison.Ordinal)
            || branch.EndsWith('/') || branch.EndsWith(".lock", StringComparison.Ordinal))
            throw Refuse("defaultBranch", branch,
                "must be a git branch name of letters, digits, . _ - and /");
    }

    private static void CheckSeverities(IReadOnlyList<string>? severities)
    {
        if (severities is null || severities.Count == 0)
            throw Refuse("severityGate", "",
                "needs at least one of " + string.Join(", ", Severities));
        foreach (var severity in severities)
        {
            if (!Severities.Contains(severity, StringComparer.Ordinal))
                throw Refuse("severityGate", severity,
                    "must be one of " + string.Join(", ", Severities));
        }
    }

    private static string Join(string ns, string name) => $"{ns}/{name}";

    private static PipelineInputException Refuse(string field, string? value, string rule) =>
        new(field, $"'{Shown(value)}' {rule}");

    // Echo the refused value visibly, so a control character or newline cannot hide in the message.
    private static string Shown(string? value)
    {
        if (value is null)
            return "(none)";
        var text = value.Length > 80 ? value[..80] + "..." : value;
        return string.Concat(
            text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
