using System.Runtime.CompilerServices;
using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class CleanDockerfileTests
{
    private static string Folder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Clean");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(), "*.Dockerfile").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Production_grade_dockerfile_has_zero_findings(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder(), name));
        var options = new ReviewOptions
        {
            ContextFiles = ["Dockerfile", ".dockerignore"],
            DockerIgnore = ".git\n.env*\nnode_modules\n",
        };

        var result = DockerfileReviewer.Review(text, options);

        Assert.True(result.Findings.Count == 0,
            string.Join("\n", result.Findings.Select(f => $"{f.Line}: {f.RuleId} {f.Message}")));
        Assert.Equal(100, result.Summary.Score);
    }

    [Fact]
    public void Seed_anti_patterns_are_all_found_in_one_bad_file()
    {
        var text = """
            FROM python:latest
            ENV API_TOKEN=abc123 DATABASE_URL=postgres://db.prod.example.com/app
            RUN apt-get update
            ADD . /app
            RUN apt-get install -y build-essential vim && pip install -r /app/requirements.txt flask
            VOLUME /data
            CMD python /app/app.py
            """;

        var ids = DockerfileReviewer.Review(text, new ReviewOptions { ContextFiles = ["Dockerfile"] })
            .Findings.Select(f => f.RuleId).ToHashSet();

        string[] expected =
        [
            "DL3007", "SecretsUsedInArgOrEnv", "DM005", "DM003", "DL3020", "DL3008", "DL3015",
            "DL3013", "DL3042", "DL3009", "DM002", "DM008", "DM007", "DL3025", "DM001", "DM006",
            "DM004", "DM009",
        ];
        Assert.Empty(expected.Except(ids));
    }
}
