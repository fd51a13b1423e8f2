using System.Runtime.CompilerServices;
using DockerMastery.Core.Dockerfiles;
using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Dockerfiles;

public class CorpusTests
{
    public static IReadOnlyList<string> Files([CallerFilePath] string source = "") =>
        Directory.GetFiles(Path.Combine(Path.GetDirectoryName(source)!, "Corpus"), "*.Dockerfile")
            .Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void Corpus_has_at_least_30_files()
    {
        Assert.True(Files().Count >= 30, $"{Files().Count} files");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Corpus_file_parses_without_error(string name)
    {
        var text = File.ReadAllText(Files().Single(f => Path.GetFileName(f) == name));

        var document = DockerfileParser.Parse(text);

        Assert.Empty(document.Errors);
        Assert.NotEmpty(document.Stages);
        Assert.DoesNotContain(DockerfileReviewer.Review(document).Findings, f => f.RuleId == "DM000");
        var lastLine = document.Instructions.Max(i => i.EndLine);
        Assert.Equal(text.TrimEnd('\n').Split('\n').Length, lastLine);
    }

    [Fact]
    public void Legacy_file_shows_the_classic_mistakes()
    {
        var text = File.ReadAllText(Files().Single(f => f.EndsWith("29-legacy-bad.Dockerfile", StringComparison.Ordinal)));

        var ids = DockerfileReviewer.Review(text).Findings.Select(f => f.RuleId).ToHashSet();

        Assert.Superset(new HashSet<string> { "DL3007", "DL4000", "DM003", "DL3008", "DL3020", "DL3003", "SecretsUsedInArgOrEnv", "DL3025", "DM001", "DM008" }, ids);
    }

    [Fact]
    public void Windows_file_uses_powershell_and_no_shell_rules_fire_after_shell()
    {
        var text = File.ReadAllText(Files().Single(f => f.EndsWith("15-windows-servercore.Dockerfile", StringComparison.Ordinal)));

        var document = DockerfileParser.Parse(text);

        Assert.Equal('`', document.EscapeCharacter);
        Assert.All(document.Stages[1].Instructions.Where(i => i.Keyword == "RUN"), r => Assert.Null(r.Script));
        Assert.Equal("powershell", document.Stages[1].Instructions.Last(i => i.Keyword == "RUN").Shell[0]);
    }
}
