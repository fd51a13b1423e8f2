using System.Text;
using DockerMastery.Core.Compose;

namespace DockerMastery.Mcp.Tools;

/// <summary>The readable form of a compose review: <c>file:line:column severity id
/// message</c>.</summary>
public static class ComposeReportText
{
    /// <summary>One line per finding, then the summary.</summary>
    public static string Text(ComposeReview review, string fileName)
    {
        var text = new StringBuilder();
        foreach (var f in review.Findings)
        {
            text.Append(fileName).Append(':').Append(f.Line).Append(':').Append(f.Column)
                .Append(' ').Append(f.Severity.ToString().ToLowerInvariant())
                .Append(' ').Append(f.RuleId).Append(' ')
                .Append(f.Message).Append('\n')
                .Append("    fix: ").Append(f.Fix).Append('\n');
        }

        text.Append(fileName).Append(": ").Append(review.Summary).Append('\n');
        return text.ToString();
    }
}
