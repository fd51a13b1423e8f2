using System.Text.Json;
using System.Xml.Linq;
using DockerMastery.Core.Review;
using DockerMastery.Core.Review.Reports;

namespace DockerMastery.Core.Tests.Review;

public class ReportWriterTests
{
    private static readonly LintedFile[] Files =
    [
        new("app/Dockerfile", DockerfileReviewer.Review("FROM ubuntu\nRUN apt-get update\nCMD bash\n")),
        new("clean.Dockerfile", DockerfileReviewer.Review("FROM gcr.io/distroless/static-debian12:nonroot\nHEALTHCHECK NONE\nENTRYPOINT [\"/app\"]\n")),
    ];

    [Fact]
    public void Tty_is_one_line_per_finding()
    {
        var text = ReportWriter.Write(ReportFormat.Tty, Files);

        Assert.Contains("app/Dockerfile:1 DL3006 warning: ", text, StringComparison.Ordinal);
        Assert.Equal(Files[0].Result.Findings.Count, text.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Sarif_has_the_2_1_0_shape_with_rules_and_locations()
    {
        var log = JsonDocument.Parse(ReportWriter.Write(ReportFormat.Sarif, Files, "1.2.3")).RootElement;

        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = log.GetProperty("runs")[0];
        Assert.Equal("docker-mastery", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(Files[0].Result.Findings.Count, results.Length);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("app/Dockerfile", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Checkstyle_is_xml_with_one_file_element_per_input()
    {
        var document = XDocument.Parse(ReportWriter.Write(ReportFormat.Checkstyle, Files));

        var files = document.Root!.Elements("file").ToArray();
        Assert.Equal(["app/Dockerfile", "clean.Dockerfile"], files.Select(f => f.Attribute("name")!.Value));
        Assert.Contains(files[0].Elements("error"), e => e.Attribute("source")!.Value == "DL3006" && e.Attribute("line")!.Value == "1");
        Assert.Empty(files[1].Elements("error"));
    }

    [Fact]
    public void Codeclimate_has_unique_fingerprints_and_gitlab_severities()
    {
        var issues = JsonDocument.Parse(ReportWriter.Write(ReportFormat.CodeClimate, Files)).RootElement.EnumerateArray().ToArray();

        Assert.Equal(issues.Length, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        Assert.All(issues, i => Assert.Contains(i.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" }));
        Assert.Contains(issues, i => i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() == 2);
    }

    [Theory]
    [InlineData("gitlab_codeclimate", ReportFormat.CodeClimate)]
    [InlineData("SARIF", ReportFormat.Sarif)]
    [InlineData("tty", ReportFormat.Tty)]
    public void Format_names_parse(string name, ReportFormat expected)
    {
        Assert.True(ReportWriter.TryParse(name, out var format));
        Assert.Equal(expected, format);
        Assert.False(ReportWriter.TryParse("xml", out _));
    }
}
