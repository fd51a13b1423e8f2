using DockerMastery.Integration.Tests.Harness;
using Xunit.Abstractions;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>
/// For every sample that can be built here and every tier: the generated Dockerfile builds
/// with BuildKit and its own syntax line, runs non-root (read-only, no capabilities from tier
/// 3), turns healthy, answers on 127.0.0.1, stops on SIGTERM, carries no build tools where the
/// tier promises that, and rebuilds only its source layers after a source edit.
/// </summary>
[Collection(RealbuildCollection.Name)]
public sealed class GeneratedImageTests(RealbuildFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var (sample, tier) in SampleApps.Matrix)
            cases.Add(sample.Folder, tier);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Generated_image_builds_runs_and_rebuilds_only_sources(string sample, int tier)
    {
        var app = await GeneratedSample.PrepareAsync(fixture, SampleApps.Named(sample), tier);
        output.WriteLine(app.Dockerfile);

        var result = await new ImageScenario(fixture.Docker, output.WriteLine).RunAsync(app);

        fixture.Record(result);
    }

    public static TheoryData<string, int> LimitedCases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var (sample, tier, _) in SampleApps.Limited)
            cases.Add(sample.Folder, tier);
        return cases;
    }

    /// <summary>A (sample, tier) left out of the matrix stays out only while its generated
    /// Dockerfile still needs what this environment lacks.</summary>
    [Theory]
    [MemberData(nameof(LimitedCases))]
    public async Task Left_out_tier_still_needs_what_is_unreachable_here(string sample, int tier)
    {
        var app = SampleApps.Named(sample);
        var limit = app.LimitAt(tier)!;
        var prepared = await GeneratedSample.PrepareAsync(fixture, app, tier);

        Assert.True(prepared.Dockerfile.Contains(limit.Marker, StringComparison.Ordinal),
            $"{sample} tier {tier} no longer contains '{limit.Marker}' ({limit.Reason}): "
            + "take the limit out of SampleApps so the tier is built and run");
    }

    [Fact]
    public void Every_sample_app_is_classified()
    {
        var folders = Directory.GetDirectories(Path.Combine(
                RealbuildEnvironment.Current.Repository, "samples", "apps"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var known = SampleApps.All.Select(s => s.Folder).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.True(known.Contains(f!),
            $"samples/apps/{f} is not in SampleApps.All: say how to build it or why it cannot be"));
    }
}
