using DockerMastery.Core.Detection;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>
/// What the integration tests know about one app under <c>samples/apps/</c> beyond what
/// detection finds: the file a developer would edit, how a naive single-stage Dockerfile would
/// build and start it (the benchmark's baseline), or why it cannot be built here.
/// </summary>
/// <param name="Folder">Folder name under samples/apps.</param>
/// <param name="Language">The sample's language (detection must agree).</param>
/// <param name="SourceFile">The source file the rebuild test edits.</param>
/// <param name="NaiveBuild">Shell command of the naive Dockerfile's RUN step, or null when
/// the naive image needs none (interpreted code without dependencies).</param>
/// <param name="NaiveCommand">The naive image's CMD, in exec form.</param>
/// <param name="Unbuildable">Why the sample cannot be built in this environment, or null.</param>
/// <param name="Limits">Tiers whose generated Dockerfile needs something unreachable here.</param>
public sealed record SampleApp(
    string Folder,
    Language Language,
    string SourceFile,
    string? NaiveBuild,
    IReadOnlyList<string> NaiveCommand,
    string? Unbuildable = null,
    IReadOnlyList<TierLimit>? Limits = null)
{
    /// <summary>The limit that keeps <paramref name="tier"/> out of the matrix, or null.</summary>
    public TierLimit? LimitAt(int tier) => Limits?.FirstOrDefault(l => l.Tiers.Contains(tier));
}
