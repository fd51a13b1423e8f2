using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Compose;

/// <summary>
/// Scaffold's Compose files: <c>compose.yaml</c>, <c>compose.override.yaml</c> and
/// <c>.env.example</c> beside the Dockerfile, for <c>--compose</c>, <c>--services</c> and from
/// tier 2. The stack holds the app and the services the request names: which databases a
/// project uses is not something detection reads, so without names the app stands alone.
/// </summary>
public sealed class ComposeScaffoldContributor : IScaffoldContributor
{
    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Contribute(ScaffoldRequest request, ProjectProfile profile)
    {
        if (!request.WantsCompose)
            return [];

        try
        {
            return ComposeGenerator.Generate(RequestFor(request, profile)).Files;
        }
        catch (ComposeInputException refused)
        {
            throw new InvalidInputException(refused.Field, refused.Problem);
        }
    }

    /// <summary>The compose request a scaffold request and its resolved profile stand
    /// for.</summary>
    /// <exception cref="ComposeInputException">A service name is not a known kind.</exception>
    public static ComposeRequest RequestFor(ScaffoldRequest request, ProjectProfile profile)
    {
        var language = profile.Language.Name();

        // Framework and entrypoint only steer the reload command, which Python and Node have;
        // other languages' values (net/http, ./cmd/server) follow other grammars.
        var interpreted = language is "python" or "node";
        return new ComposeRequest
        {
            ProjectName = request.ProjectName.ToLowerInvariant().Replace('.', '-'),
            Language = language,
            Framework = interpreted ? request.Framework ?? profile.Framework : null,
            Entrypoint = interpreted ? request.Entrypoint ?? profile.Entrypoint : null,
            Port = request.Port ?? profile.Port ?? 8000,
            HealthPath = request.HealthPath,
            Tier = request.Tier,
            Services = ComposeServiceNames.Parse(request.Services),
            Catalog = request.CatalogOverrides is { Count: > 0 } overrides
                ? VersionCatalog.Default.With(overrides)
                : null,
        };
    }
}
