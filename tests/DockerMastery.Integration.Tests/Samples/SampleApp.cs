using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>
/// What the integration tests know about one app under <c>samples/apps/</c>: the file a
/// developer would edit, how a naive single-stage Dockerfile would build and start it (the
/// benchmark's baseline), or why it cannot be built here.
/// </summary>
/// <param name="Folder">Folder name under samples/apps.</param>
/// <param name="Language">The sample's language.</param>
/// <param name="SourceFile">The source file the rebuild test edits.</param>
/// <param name="NaiveBuild">Shell command of the naive Dockerfile's RUN step, or null when
/// the naive image needs none (interpreted code without dependencies).</param>
/// <param name="NaiveCommand">The naive image's CMD, in exec form.</param>
/// <param name="Request">The generator request for the sample (language, framework, package
/// manager, entrypoint, port) at tier 1; the tests set the tier.</param>
/// <param name="Unbuildable">Why the sample cannot be built in this environment, or null.</param>
public sealed record SampleApp(
    string Folder,
    Language Language,
    string SourceFile,
    string? NaiveBuild,
    IReadOnlyList<string> NaiveCommand,
    DockerfileRequest Request,
    string? Unbuildable = null);
