using System.ComponentModel;
using DockerMastery.Core.Detection;

namespace DockerMastery.Mcp.Tools;

/// <summary>A detected (or assumed) application as tools report it.</summary>
/// <param name="Path">The app's folder relative to the scanned root (<c>.</c> for the root).</param>
/// <param name="Language">python, node, go, rust, java or dotnet.</param>
/// <param name="Framework">The web framework, or <c>none</c>.</param>
/// <param name="PackageManager">The package manager.</param>
/// <param name="Lockfile">The lockfile, or null when none was found.</param>
/// <param name="RuntimeVersion">The runtime version the project asks for, or null.</param>
/// <param name="Entrypoint">What starts the app.</param>
/// <param name="Port">The listening port, or null when the project does not say.</param>
/// <param name="Facts">Every fact with file, line and confidence.</param>
public sealed record ProjectSummary(
    [property: Description("App folder relative to the scanned root; '.' is the root.")] string Path,
    [property: Description("python, node, go, rust, java or dotnet.")] string Language,
    [property: Description("Web framework, or 'none'.")] string? Framework,
    [property: Description("Package manager (uv, pip, poetry, pipenv, npm, pnpm, yarn, bun, go, " +
        "cargo, maven, gradle, dotnet, none).")] string PackageManager,
    [property: Description("Lockfile path, or null.")] string? Lockfile,
    [property: Description("Runtime version the project asks for, or null.")] string? RuntimeVersion,
    [property: Description("What starts the app (module:app, script, ./cmd/name, binary, " +
        "module, .csproj).")] string? Entrypoint,
    [property: Description("Listening port found in code or config, or null.")] int? Port,
    [property: Description("Evidence: each fact with file, line (0 = the file's presence) and " +
        "confidence.")] IReadOnlyList<FactView> Facts)
{
    /// <summary>Maps a core profile.</summary>
    public static ProjectSummary From(ProjectProfile profile) => new(
        profile.Path,
        profile.Language.Name(),
        profile.Framework,
        profile.PackageManager,
        profile.Lockfile,
        profile.RuntimeVersion,
        profile.Entrypoint,
        profile.Port,
        profile.Facts.Select(f => new FactView(f.Name, f.Value, f.File, f.Line,
            f.Confidence.ToString().ToLowerInvariant())).ToArray());
}
