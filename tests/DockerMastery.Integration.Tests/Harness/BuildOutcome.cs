namespace DockerMastery.Integration.Tests.Harness;

/// <summary>A finished image build: its tag, how long it took and what BuildKit did.</summary>
public sealed record BuildOutcome(string Tag, TimeSpan Elapsed, BuildProgress Progress, string Log);
