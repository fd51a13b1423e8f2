using System.Reflection;
using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>
/// Plans a scaffold: the tier's Dockerfile and <c>.dockerignore</c>, then whatever every
/// <see cref="IScaffoldContributor"/> in the Core assembly adds (compose files, CI
/// pipelines, bake, registry values, ...). Returns files in memory; writing is the face's job
/// through <see cref="ScaffoldTarget"/>.
/// </summary>
public static class ProjectScaffolder
{
    /// <summary>Every contributor in the Core assembly, ordered by type name.</summary>
    public static IReadOnlyList<IScaffoldContributor> Contributors { get; } =
        Discover(typeof(ProjectScaffolder).Assembly);

    /// <summary>Finds the contributors in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<IScaffoldContributor> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } &&
                typeof(IScaffoldContributor).IsAssignableFrom(t) &&
                t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IScaffoldContributor)Activator.CreateInstance(t)!)
            .ToArray();

    /// <summary>Plans the file set for <paramref name="request"/>.</summary>
    /// <param name="request">The scaffold options.</param>
    /// <param name="profile">The detected project, or null to use the language's defaults.</param>
    /// <param name="contributors">The contributors to ask; null for <see cref="Contributors"/>.</param>
    /// <param name="catalog">The catalog; null for the embedded one.</param>
    /// <exception cref="InvalidInputException">An option breaks its grammar, or no language
    /// was given nor detected.</exception>
    public static ScaffoldPlan Plan(
        ScaffoldRequest request,
        ProjectProfile? profile,
        IEnumerable<IScaffoldContributor>? contributors = null,
        VersionCatalog? catalog = null)
    {
        Validate(request);
        var language = request.Language ?? profile?.Language
            ?? throw new InvalidInputException("lang",
                "no language given and none detected; pass one of " +
                string.Join(", ", LanguageNames.All));
        if (profile is not null && profile.Language != language)
            profile = null;

        var dockerfile = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = language,
            Tier = request.Tier,
            Name = request.ProjectName,
            Framework = request.Framework,
            Entrypoint = request.Entrypoint,
            Port = request.Port,
            HealthPath = request.HealthPath,
            Profile = profile,
            CatalogOverrides = request.CatalogOverrides,
        }, catalog);

        var files = new List<GeneratedFile> { dockerfile.Dockerfile, dockerfile.DockerIgnore };
        var owners = files.ToDictionary(f => f.Path, _ => "Dockerfile generator", StringComparer.Ordinal);
        foreach (var contributor in contributors ?? Contributors)
        {
            var name = contributor.GetType().Name;
            foreach (var file in contributor.Contribute(request, dockerfile.Profile))
            {
                InputGrammar.RelativePath($"{name} file path", file.Path);
                if (!owners.TryAdd(file.Path, name))
                {
                    throw new InvalidOperationException(
                        $"{name} and {owners[file.Path]} both produce {file.Path}");
                }

                files.Add(file);
            }
        }

        return new ScaffoldPlan(files, dockerfile);
    }

    private static void Validate(ScaffoldRequest request)
    {
        InputGrammar.ProjectName("projectName", request.ProjectName);
        if (request.Tier is < 1 or > 4)
            throw new InvalidInputException("tier", $"{request.Tier} is not a tier (1-4)");
        if (!ScaffoldRequest.Registries.Contains(request.Registry))
        {
            throw new InvalidInputException("registry",
                $"'{request.Registry}' is not one of {string.Join(", ", ScaffoldRequest.Registries)}");
        }

        if (!ScaffoldRequest.CiSystems.Contains(request.Ci))
        {
            throw new InvalidInputException("ci",
                $"'{request.Ci}' is not one of {string.Join(", ", ScaffoldRequest.CiSystems)}");
        }
    }
}
