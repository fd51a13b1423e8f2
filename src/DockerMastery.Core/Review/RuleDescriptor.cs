namespace DockerMastery.Core.Review;

/// <summary>A rule's metadata and its full markdown documentation.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Source">Where the id comes from.</param>
/// <param name="Fix">How to fix a finding.</param>
/// <param name="Aliases">Other ids the rule answers to.</param>
/// <param name="Documentation">Markdown: what it checks, why, bad and good examples, fix.</param>
/// <param name="DocsUri">The MCP resource URI of the documentation.</param>
public sealed record RuleDescriptor(
    string Id, Severity Severity, string Title, RuleSource Source, string Fix,
    IReadOnlyList<string> Aliases, string Documentation, string DocsUri);
