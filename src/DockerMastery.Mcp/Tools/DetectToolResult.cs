using System.ComponentModel;

namespace DockerMastery.Mcp.Tools;

/// <summary>What <c>detect_project</c> returns.</summary>
/// <param name="Apps">Every deployable application found.</param>
/// <param name="Notes">Skipped folders, workspace roots, missing lockfiles.</param>
public sealed record DetectToolResult(
    [property: Description("Every deployable application; more than one in a monorepo.")]
    IReadOnlyList<ProjectSummary> Apps,
    [property: Description("Things worth knowing: skipped libraries and test projects, " +
        "workspace roots, missing lockfiles.")] IReadOnlyList<string> Notes);
