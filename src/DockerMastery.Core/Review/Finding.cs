namespace DockerMastery.Core.Review;

/// <summary>One problem found in a Dockerfile.</summary>
/// <param name="RuleId">The rule that found it (<c>DL3008</c>, <c>DM001</c>, ...).</param>
/// <param name="Severity">The severity after configuration overrides.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong here, in one sentence.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record Finding(
    string RuleId, Severity Severity, int Line, int Column, string Message, string Fix)
{
    /// <summary>The rule's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The URI of the rule's documentation resource.</summary>
    public string DocsUri => RuleCatalog.DocsUri(RuleId);

    /// <summary>A safe automatic fix for this finding, or null when none exists.</summary>
    public TextEdit? Edit { get; init; }
}
