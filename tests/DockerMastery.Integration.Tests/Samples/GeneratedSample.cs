using DockerMastery.Core.Generation;
using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>Generates a sample's Dockerfile and .dockerignore through the Core API into a
/// private copy of the sample, ready for <see cref="ImageScenario"/>.</summary>
public static class GeneratedSample
{
    public static async Task<PreparedApp> PrepareAsync(RealbuildFixture fixture, SampleApp sample, int tier)
    {
        var result = DockerfileGenerator.Generate(sample.Request with { Tier = tier });
        var context = fixture.CopyToWork(SampleApps.Folder(sample.Folder), $"{sample.Folder}-t{tier}");
        await File.WriteAllTextAsync(Path.Combine(context, ".dockerignore"), result.DockerIgnore.Content);
        return new PreparedApp(
            $"{sample.Folder}-t{tier}",
            tier,
            context,
            result.Dockerfile.Content,
            result.Profile.Port!.Value,
            sample.Request.HealthPath,
            sample.SourceFile);
    }
}
