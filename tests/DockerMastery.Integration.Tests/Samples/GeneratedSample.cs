using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.Samples;

/// <summary>Generates a sample's Dockerfile and .dockerignore through the Core API, as
/// <c>scaffold</c> does (detect the folder, generate for the tier), into a private copy of the
/// sample, ready for <see cref="ImageScenario"/>.</summary>
public static class GeneratedSample
{
    public static async Task<PreparedApp> PrepareAsync(RealbuildFixture fixture, SampleApp sample,
        int tier)
    {
        var context = fixture.CopyToWork(SampleApps.Folder(sample.Folder),
            $"{sample.Folder}-t{tier}");
        var profile = ProjectDetector.Detect(new FolderProjectFiles(context)).Primary;
        Assert.Equal(sample.Language, profile.Language);

        var request = new DockerfileRequest
        {
            Language = profile.Language, Tier = tier, Name = sample.Folder, Profile = profile,
        };
        var result = DockerfileGenerator.Generate(request);
        await File.WriteAllTextAsync(Path.Combine(context, ".dockerignore"),
            result.DockerIgnore.Content);
        return new PreparedApp(
            $"{sample.Folder}-t{tier}",
            tier,
            context,
            result.Dockerfile.Content,
            result.Profile.Port!.Value,
            request.HealthPath,
            sample.SourceFile,
            Init: result.RunCommand.Contains(" --init", StringComparison.Ordinal));
    }
}
