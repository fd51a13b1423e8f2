using DockerMastery.Integration.Tests.Harness;
using DockerMastery.Integration.Tests.Samples;
using Xunit.Abstractions;

namespace DockerMastery.Integration.Tests.Benchmark;

/// <summary>
/// Per sample: the generated production image against a naive single-stage Dockerfile on the
/// same local base: size, cold build, rebuild after a source edit, layers. The generated image
/// must be the smaller one. (The naive image is not rebuilt: without cache mounts or a
/// dependency layer its rebuild repeats its cold build, minutes for Go on two cores.) The fixture
/// writes the table when DM_RESULTS_FILE is set.
/// </summary>
[Collection(RealbuildCollection.Name)]
public sealed class BenchmarkTests(RealbuildFixture fixture, ITestOutputHelper output)
{
    private const int ProductionTier = 3;

    public static TheoryData<string> Samples() =>
        [.. SampleApps.Matrix.Where(c => c.Tier == ProductionTier).Select(c => c.Sample.Folder)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Generated_production_image_is_smaller_than_a_naive_one(string folder)
    {
        var sample = SampleApps.Named(folder);
        var builder = new ImageBuilder(fixture.Docker);
        var generated = await GeneratedSample.PrepareAsync(fixture, sample, ProductionTier);
        var naiveContext = fixture.CopyToWork(SampleApps.Folder(folder), folder + "-naive");
        var naiveTag = $"dm-it/{folder}-naive:{ImageBuilder.RunId}";

        var benchTag = generated.Tag + "-bench";
        var cold = await builder.BuildAsync(generated.Context, generated.Dockerfile,
            benchTag, noCache: true);
        await generated.ChangeSourceAsync();
        var rebuild = await builder.BuildAsync(generated.Context, generated.Dockerfile,
            benchTag);
        var naiveDockerfile = SampleApps.NaiveDockerfile(sample);
        var naiveCold = await builder.BuildAsync(naiveContext, naiveDockerfile, naiveTag,
            noCache: true);

        var row = new BenchmarkRow(
            folder,
            sample.Language.ToString(),
            await ImageFacts.ReadAsync(fixture.Docker, benchTag),
            cold.Elapsed,
            rebuild.Elapsed,
            rebuild.Progress.CachedCount,
            rebuild.Progress.RanCount,
            await ImageFacts.ReadAsync(fixture.Docker, naiveTag),
            naiveCold.Elapsed);
        fixture.Record(row);
        output.WriteLine(row.ToString());

        Assert.True(row.Generated.SizeBytes < row.Naive.SizeBytes,
            $"{folder}: generated tier {ProductionTier} image ({row.Generated.SizeBytes} bytes) is "
            + $"not smaller than the naive one ({row.Naive.SizeBytes} bytes)");
    }
}
