using System.Text.Json;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Tests.Compose;

/// <summary>The compose app healthcheck calls a probe that exists where it runs.</summary>
public sealed class ComposeHealthcheckTests
{
    public static TheoryData<string, int> LanguagesAndTiers()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in ComposeGenerator.Languages)
            for (var tier = 2; tier <= 4; tier++)
                data.Add(language, tier);
        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndTiers))]
    public void AppHealthcheckCallsTheDockerfileProbe(string language, int tier)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        var dockerfile = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed, Tier = tier, Port = 8080,
        }).Dockerfile.Content;
        var stack = ComposeGenerator.Generate(
            new ComposeRequest { Language = language, Tier = tier, Port = 8080 });

        var compose = ComposeFile.From(YamlSourceReader.Read(
            ComposeGeneratorTests.File(stack, "compose.yaml")), []);
        var test = Words(compose.Services.Single());
        Assert.Equal("CMD", test[0]);
        Assert.Equal(DockerfileProbe(dockerfile), test.Skip(1).ToArray());
        Assert.DoesNotContain("wget", test);
    }

    [Theory]
    [MemberData(nameof(LanguagesAndTiers))]
    public void DevelopmentHealthcheckRunsInTheBuildStage(string language, int tier)
    {
        var framework = language switch { "python" => "fastapi", "node" => "express", _ => null };
        var stack = ComposeGenerator.Generate(
            new ComposeRequest { Language = language, Framework = framework, Tier = tier });
        var development = ComposeFile.From(YamlSourceReader.Read(
            ComposeGeneratorTests.File(stack, "compose.override.yaml")), []).Services.Single();
        if (development.MappingAt("build")?.Text("target") is null)
        {
            // Same stage as production: the production probe applies unchanged.
            Assert.Null(development.MappingAt("healthcheck"));
            return;
        }

        // The toolchain stages (python / node images) have the interpreter on PATH only.
        var executable = Words(development)[1];
        Assert.Equal(language == "python" ? "python" : "node", executable);
    }

    private static string[] Words(ComposeService service) =>
        [.. ((YamlSourceSequence)service.MappingAt("healthcheck")!["test"]!).Items
            .Cast<YamlSourceScalar>().Select(s => s.Value)];

    private static string[] DockerfileProbe(string dockerfile)
    {
        var start = dockerfile.IndexOf("HEALTHCHECK ", StringComparison.Ordinal);
        Assert.True(start >= 0, "the Dockerfile has no HEALTHCHECK");
        var cmd = dockerfile.IndexOf("CMD [", start, StringComparison.Ordinal) + 4;
        var end = dockerfile.IndexOf('\n', cmd);
        return JsonSerializer.Deserialize<string[]>(dockerfile[cmd..end])!;
    }
}
