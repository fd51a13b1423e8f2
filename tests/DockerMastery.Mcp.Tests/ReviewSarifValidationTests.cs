using System.Text.Json;
using DockerMastery.Mcp.Cli;

namespace DockerMastery.Mcp.Tests;

/// <summary>Our SARIF is checked by Microsoft's SARIF multitool (npm
/// <c>@microsoft/sarif-multitool</c>): schema and the SARIF rules it enforces.</summary>
public sealed class ReviewSarifValidationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dm-sarif-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Sarif_of_the_whole_corpus_validates_with_the_multitool()
    {
        var corpus = Path.Combine(ReviewPeers.RepositoryRoot(), "tests", "DockerMastery.Core.Tests", "Dockerfiles", "Corpus");
        var files = Directory.GetFiles(corpus, "*.Dockerfile").Order(StringComparer.Ordinal).ToArray();
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), new StringReader(""), corpus);
        await VerbCatalog.RunAsync(["lint", "--no-fail", "--format", "sarif", .. files.Select(Path.GetFileName).OfType<string>()], console, CancellationToken.None);
        var sarif = Path.Combine(folder, "corpus.sarif");
        await File.WriteAllTextAsync(sarif, output.ToString());

        var report = Path.Combine(folder, "validation.sarif");
        var (exit, text) = ReviewPeers.Run(ReviewPeers.SarifMultitool, ["validate", sarif, "--output", report], folder, TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, text);
        var problems = JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement
            .GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}").ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.True(JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 50);
    }

    [Fact]
    public async Task The_validator_does_reject_a_broken_log()
    {
        var broken = Path.Combine(folder, "broken.sarif");
        await File.WriteAllTextAsync(broken, "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}");
        var report = Path.Combine(folder, "validation.sarif");

        ReviewPeers.Run(ReviewPeers.SarifMultitool, ["validate", broken, "--output", report], folder, TimeSpan.FromMinutes(2));

        var results = JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.True(results.GetArrayLength() > 0);
    }
}
