namespace DockerMastery.Core.Compose;

/// <summary>One problem found in a compose file.</summary>
/// <param name="RuleId">The rule's id, e.g. <c>DC201</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Service">The service it concerns, or null for file-level findings.</param>
/// <param name="Message">What is wrong, in one sentence naming the value.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ComposeFinding(
    string RuleId,
    ComposeSeverity Severity,
    int Line,
    int Column,
    string? Service,
    string Message,
    string Fix);
