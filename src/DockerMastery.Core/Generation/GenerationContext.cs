using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>Everything a language recipe reads while it builds its template model: the
/// validated request, the resolved profile, the catalog, and the assumptions list it adds to.</summary>
internal sealed class GenerationContext
{
    public GenerationContext(
        int tier, string name, ProjectProfile profile, int port, string healthPath,
        VersionCatalog catalog, List<string> assumptions)
    {
        Tier = tier;
        Name = name;
        Profile = profile;
        Port = port;
        HealthPath = healthPath;
        Catalog = catalog;
        Assumptions = assumptions;
    }

    public int Tier { get; }

    public string Name { get; }

    public ProjectProfile Profile { get; }

    public int Port { get; }

    public string HealthPath { get; }

    public VersionCatalog Catalog { get; }

    public List<string> Assumptions { get; }

    /// <summary>Image build arguments declared before the first stage, in order.</summary>
    public List<(string Name, string Value, string? Comment)> ImageArgs { get; } = [];

    /// <summary>Distroless (or chiseled) final stage: no shell, nonroot user 65532.</summary>
    public bool Distroless => Tier >= 3;

    /// <summary>The numeric user the final stage runs as.</summary>
    public string User => Distroless ? "65532:65532" : "10001:10001";

    /// <summary>The URL the health probe requests inside the container.</summary>
    public string HealthUrl => $"http://127.0.0.1:{Port}{HealthPath}";

    /// <summary>Declares <c>ARG name=image</c> from the catalog and returns <c>${name}</c>.</summary>
    public string ImageArg(string argName, string catalogKey, string? comment = null) =>
        Declare(argName, Catalog.Image(catalogKey).ToString(), comment);

    private string Declare(string argName, string value, string? comment)
    {
        if (ImageArgs.All(a => a.Name != argName))
            ImageArgs.Add((argName, value, comment));
        return "${" + argName + "}";
    }

    /// <summary>
    /// The final stage's base: an image argument, plus at tier 3+ a digest argument that is
    /// appended as <c>@sha256:...</c> when set (empty unless the catalog pins one).
    /// </summary>
    public string FinalFrom(string argName, string catalogKey)
    {
        var pinned = Catalog.Image(catalogKey);
        if (Tier < 3)
            return ImageArg(argName, catalogKey);

        var image = Declare(argName, (pinned with { Digest = null }).ToString(), null);
        var digestArg = argName.Replace("_IMAGE", "_DIGEST", StringComparison.Ordinal);
        var digest = pinned.Digest ?? "";
        ImageArgs.Add((digestArg, $"\"{digest}\"",
            $"Digest pin for the final base (sha256:...); set it to what your registry serves."));
        return $"{image}${{{digestArg}:+@${{{digestArg}}}}}";
    }

    /// <summary>Adds <c>--platform=$BUILDPLATFORM</c> at tier 4, where the toolchain cross-compiles.</summary>
    public string CrossFrom(string image) =>
        Tier >= 4 ? "--platform=$BUILDPLATFORM " + image : image;
}
