namespace DockerMastery.Mcp.Tools;

/// <summary>The structured answer of <c>explain_rule</c>.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Source">hadolint, shellcheck, buildkit, dockermastery or compose.</param>
/// <param name="Fix">How to fix a finding.</param>
/// <param name="Aliases">Other ids the rule answers to.</param>
/// <param name="Documentation">Markdown: what it checks, why, bad and good examples.</param>
/// <param name="DocsUri">The documentation resource URI.</param>
public sealed record RuleExplanation(
    string Id, string Title, string Severity, string Source, string Fix,
    IReadOnlyList<string> Aliases, string Documentation, string DocsUri);
