using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class DockerfileFixerTests
{
    [Fact]
    public void Safe_fixes_are_applied_and_the_result_loses_those_findings()
    {
        var text = "FROM golang:1.23 as build\nMAINTAINER jane@example.com\nADD main.go /src/\nCMD /app --serve\nrun echo hi\n";

        var fixedText = DockerfileFixer.Fix(text);

        Assert.Equal("FROM golang:1.23 AS build\nLABEL org.opencontainers.image.authors=\"jane@example.com\"\nCOPY main.go /src/\nCMD [\"/app\", \"--serve\"]\nRUN echo hi\n", fixedText);
        var left = DockerfileReviewer.Review(fixedText).Findings.Select(f => f.RuleId).ToHashSet();
        foreach (var id in new[] { "FromAsCasing", "DL4000", "DL3020", "DL3025", "ConsistentInstructionCasing" })
            Assert.DoesNotContain(id, left);
    }

    [Fact]
    public void Unsafe_shell_form_is_left_alone_and_crlf_is_kept()
    {
        var text = "FROM alpine:3.20\r\nCMD echo $HOME && run\r\n";

        Assert.Equal(text, DockerfileFixer.Fix(text));
    }

    [Fact]
    public void Diff_shows_the_changed_lines_with_context()
    {
        var before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        var after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nJ\n";

        var diff = UnifiedDiff.Create(before, after, "Dockerfile");

        Assert.StartsWith("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -7,4 +7,4 @@\n g\n h\n i\n-j\n+J\n", diff, StringComparison.Ordinal);
        Assert.Contains("-b\n+B\n", diff, StringComparison.Ordinal);
        Assert.Contains("-j\n+J\n", diff, StringComparison.Ordinal);
        Assert.Equal("", UnifiedDiff.Create(before, before, "Dockerfile"));
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"line {i}").ToArray();
        var changed = lines.ToArray();
        changed[1] = "changed 2";
        changed[25] = "changed 26";

        var diff = UnifiedDiff.Create(string.Join('\n', lines) + "\n", string.Join('\n', changed) + "\n", "x");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -23,7 +23,7 @@", diff, StringComparison.Ordinal);
    }
}
