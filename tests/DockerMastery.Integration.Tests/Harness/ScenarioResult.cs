namespace DockerMastery.Integration.Tests.Harness;

/// <summary>What one build-run-rebuild scenario measured.</summary>
public sealed record ScenarioResult(
    string Name,
    TimeSpan FirstBuild,
    TimeSpan Rebuild,
    int RebuildCached,
    int RebuildRan,
    ImageFacts Image,
    TimeSpan Healthy,
    TimeSpan Stop);
