using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Generation;

public class DockerfileGoldenTests
{
    public static TheoryData<string, int> Matrix()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in DockerfileGenerator.Languages)
        {
            for (var tier = 1; tier <= 4; tier++)
                data.Add(language.Name(), tier);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void LanguageDefaultsMatchTheGoldenFile(string language, int tier)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        var result = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed,
            Tier = tier,
            Name = "demo",
        });

        GoldenFiles.AssertMatches($"{language}-tier{tier}.Dockerfile", result.Dockerfile.Content);
    }

    [Theory]
    [InlineData("python")]
    [InlineData("node")]
    [InlineData("go")]
    [InlineData("rust")]
    [InlineData("java")]
    [InlineData("dotnet")]
    public void DockerIgnoreMatchesTheGoldenFile(string language)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        var result = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed,
            Name = "demo",
        });

        GoldenFiles.AssertMatches($"{language}.dockerignore", result.DockerIgnore.Content);
    }
}
