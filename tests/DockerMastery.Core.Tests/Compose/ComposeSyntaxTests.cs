using DockerMastery.Core.Compose;

namespace DockerMastery.Core.Tests.Compose;

public sealed class ComposeSyntaxTests
{
    [Theory]
    [InlineData("services:\n  api:\n    ports: [\"8080:8080\"\n", 4)]
    [InlineData("services:\n  api:\n    image: a\n    image: b\n", 4)]
    [InlineData("services:\n\tapi: {}\n", 2)]
    [InlineData("services:\n  api:\n    image: *nothing\n", 3)]
    [InlineData("a: 1\n---\nb: 2\n", 2)]
    [InlineData("services:\n  api:\n    command: \"unclosed\n", 3)]
    public void BadYamlIsOneFindingWithLineAndColumn(string text, int line)
    {
        var review = ComposeReviewer.Review(text);

        var finding = Assert.Single(review.Findings);
        Assert.Equal("DC100", finding.RuleId);
        Assert.Equal(ComposeSeverity.Error, finding.Severity);
        Assert.InRange(finding.Line, line - 1, line);
        Assert.True(finding.Column >= 1);
        Assert.DoesNotContain("Exception", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBombIsRefusedNotExpanded()
    {
        var lines = new List<string> { "x-a: &a " +
            "[\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var i = 1; i < 10; i++)
        {
            var prev = (char)('a' + i - 1);
            var name = (char)('a' + i);
            lines.Add($"x-{name}: &{name} " +
                $"[*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]");
        }

        var review = ComposeReviewer.Review(string.Join('\n', lines) + "\nservices: {}\n");

        Assert.Contains(review.Findings, f => f.RuleId == "DC100" && f.Message.Contains("aliases"));
    }

    [Fact]
    public void TextThatIsNotAMappingIsOneClearError()
    {
        var finding = Assert.Single(ComposeReviewer.Review("- just\n- a list\n").Findings);

        Assert.Equal("DC101", finding.RuleId);
    }

    [Fact]
    public void MergeKeysAreApplied()
    {
        var text = """
            x-defaults: &defaults
              restart: unless-stopped
            services:
              api:
                <<: *defaults
                image: example/api:2.0
            """;

        var review = ComposeReviewer.Review(text);

        Assert.DoesNotContain(review.Findings, f => f.RuleId is "DC206" or "DC101");
    }

    [Fact]
    public void OversizedTextIsRefused()
    {
        var text = "x-pad: \"" + new string('a', 1_100_000) + "\"\n";

        var finding = Assert.Single(ComposeReviewer.Review(text).Findings);

        Assert.Equal("DC100", finding.RuleId);
        Assert.Contains("at most", finding.Message, StringComparison.Ordinal);
    }
}
