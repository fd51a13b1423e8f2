using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.Benchmark;

/// <summary>One sample's measurements: the generated production (tier 3) image against a
/// naive single-stage Dockerfile on the same local base.</summary>
public sealed record BenchmarkRow(
    string Sample,
    string Language,
    ImageFacts Generated,
    TimeSpan GeneratedColdBuild,
    TimeSpan GeneratedRebuild,
    int RebuildCached,
    int RebuildRan,
    ImageFacts Naive,
    TimeSpan NaiveColdBuild);
