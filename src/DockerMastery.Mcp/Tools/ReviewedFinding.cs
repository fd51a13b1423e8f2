using DockerMastery.Core.Review;

namespace DockerMastery.Mcp.Tools;

/// <summary>One finding as <c>review_dockerfile</c> returns it.</summary>
/// <param name="RuleId">The rule id (<c>DL3008</c>, <c>DM001</c>, <c>SecretsUsedInArgOrEnv</c>).</param>
/// <param name="Severity">error, warning, info or style.</param>
/// <param name="Line">1-based line in the Dockerfile.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Message">What is wrong at this place.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="DocsUri">The rule's documentation resource (read it or call explain_rule).</param>
/// <param name="AutoFixable">True when <c>fix: true</c> repairs this finding automatically.</param>
public sealed record ReviewedFinding(
    string RuleId, string Severity, int Line, int Column, string Title, string Message, string Fix,
    string DocsUri, bool AutoFixable)
{
    /// <summary>Shapes a core finding.</summary>
    public static ReviewedFinding From(Finding finding) => new(
        finding.RuleId, finding.Severity.ToString().ToLowerInvariant(), finding.Line, finding.Column,
        finding.Title, finding.Message, finding.Fix, finding.DocsUri, finding.Edit is not null);
}
