using DockerMastery.Core.Compose;

namespace DockerMastery.Mcp.Tools;

/// <summary>A compose finding as clients see it (severity as a lower-case word).</summary>
/// <param name="RuleId">The rule id, e.g. DC201.</param>
/// <param name="Severity">error, warning, info or style.</param>
/// <param name="Line">Line, from 1.</param>
/// <param name="Column">Column, from 1.</param>
/// <param name="Service">The service concerned, or null.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ComposeFindingView(
    string RuleId, string Severity, int Line, int Column, string? Service, string Message,
        string Fix)
{
    /// <summary>The view of <paramref name="finding"/>.</summary>
    public static ComposeFindingView From(ComposeFinding finding) => new(
        finding.RuleId, finding.Severity.ToString().ToLowerInvariant(), finding.Line,
            finding.Column,
        finding.Service, finding.Message, finding.Fix);
}
