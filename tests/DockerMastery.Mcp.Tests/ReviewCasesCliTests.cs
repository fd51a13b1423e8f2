using System.Text.Json;
using DockerMastery.Core.Review;
using DockerMastery.Mcp.Cli;

namespace DockerMastery.Mcp.Tests;

/// <summary>The CLI lints every rule's case file with the expected result, and the corpus
/// without syntax errors.</summary>
public class ReviewCasesCliTests
{
    private static readonly string Cases = Path.Combine(ReviewPeers.RepositoryRoot(), "tests", "DockerMastery.Core.Tests", "Review", "Cases");

    private static async Task<(int Exit, JsonElement[] Findings)> Lint(string text, params string[] extra)
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), new StringReader(text), Path.GetTempPath());
        var exit = await VerbCatalog.RunAsync(["lint", "--format", "json", .. extra, "-"], console, CancellationToken.None);
        return (exit, JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToArray());
    }

    [Fact]
    public async Task Every_case_file_lints_with_the_expected_result()
    {
        var failures = new List<string>();
        var checkedCases = 0;
        foreach (var file in Directory.GetFiles(Cases, "*.cases"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var rule = RuleCatalog.Find(id)!;
            var blocks = File.ReadAllText(file).Split("\n## ");
            foreach (var block in blocks)
            {
                var header = block.TrimStart('#', ' ').Split('\n')[0];
                if (header.Contains("context=", StringComparison.Ordinal) || header.Contains("dockerignore=", StringComparison.Ordinal) ||
                    header.Contains("labels=", StringComparison.Ordinal) || header.Contains("trusted=", StringComparison.Ordinal))
                    continue;
                var fires = header.StartsWith("fires", StringComparison.Ordinal);
                var text = string.Join('\n', block.Split('\n').Skip(1)) + "\n";
                var config = Path.Combine(Path.GetTempPath(), $"dm-{id}.yaml");
                await File.WriteAllTextAsync(config, $"override:\n  {rule.Severity.ToString().ToLowerInvariant()}: [{rule.Id}]\n");
                var (_, findings) = await Lint(text, "--config", config, "--no-fail");
                var found = findings.Any(f => f.GetProperty("code").GetString() == rule.Id);
                checkedCases++;
                if (found != fires)
                    failures.Add($"{id} {header}: expected {(fires ? "a finding" : "none")}");
            }
        }

        Assert.True(checkedCases > 350, $"{checkedCases} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Corpus_lints_without_syntax_errors_and_the_bad_file_fails()
    {
        var corpus = Path.Combine(ReviewPeers.RepositoryRoot(), "tests", "DockerMastery.Core.Tests", "Dockerfiles", "Corpus");
        foreach (var file in Directory.GetFiles(corpus, "*.Dockerfile"))
        {
            var (exit, findings) = await Lint(await File.ReadAllTextAsync(file));
            Assert.DoesNotContain(findings, f => f.GetProperty("code").GetString() == "DM000");
            if (file.EndsWith("29-legacy-bad.Dockerfile", StringComparison.Ordinal))
                Assert.Equal(1, exit);
        }
    }
}
