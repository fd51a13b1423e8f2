using DockerMastery.Core.Detection;

namespace DockerMastery.Core.Generation;

/// <summary>
/// Adds files to a scaffold's file set. Implementations live in the Core assembly, are
/// public, non-abstract and have a public parameterless constructor; the scaffolder finds
/// them by reflection, so a new generator plugs in by adding one class.
/// </summary>
/// <remarks>
/// The profile passed to <see cref="Contribute"/> is resolved: language, framework,
/// package manager, entrypoint and port are all set (from detection, the caller or the
/// language's defaults). Return nothing when the request does not call for your files
/// (check <see cref="ScaffoldRequest.Tier"/>, <see cref="ScaffoldRequest.WantsCompose"/>,
/// <see cref="ScaffoldRequest.Ci"/>, ...). Paths are relative with forward slashes; two
/// contributors returning the same path is an error. Throw
/// <see cref="InvalidInputException"/> for a request value your files cannot carry.
/// </remarks>
public interface IScaffoldContributor
{
    /// <summary>The files this contributor adds for the request.</summary>
    IEnumerable<GeneratedFile> Contribute(ScaffoldRequest request, ProjectProfile profile);
}
