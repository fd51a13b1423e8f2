using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>The options after validation and defaulting: what every renderer reads.</summary>
internal sealed record PipelinePlan(
    PipelineOptions Options,
    VersionCatalog Catalog,
    RegistryTarget Registry,
    string Project,
    string SourceRepository,
    SigningMode Signing,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Assumptions)
{
    public string Image => Registry.Image;

    public string Severity => string.Join(',', Options.SeverityGate);

    public bool MultiArch => Platforms.Count > 1;

    /// <summary>The <c>uses:</c> value of a catalog action: path, SHA, release comment.</summary>
    public (string Uses, string Comment) Action(string path)
    {
        var action = Catalog.Actions.TryGetValue(path, out var pinned)
            ? pinned
            : throw new KeyNotFoundException($"catalog has no action '{path}'");
        return ($"{action.Path}@{action.Sha}", action.Version);
    }

    /// <summary>A tool version with a leading <c>v</c>, as release tags spell it.</summary>
    public string ToolTag(string tool) => "v" + Catalog.Tool(tool);
}
