using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>
/// One compose review rule. Its documentation lives with it: what it checks, why it matters,
/// a case that fires, a case that does not, and how to fix it.
/// </summary>
public abstract class ComposeRule
{
    /// <summary>The stable id, e.g. <c>DC201</c>.</summary>
    public abstract string Id { get; }

    /// <summary>How much a finding of this rule matters.</summary>
    public abstract ComposeSeverity Severity { get; }

    /// <summary>What the rule checks, in a few words.</summary>
    public abstract string Title { get; }

    /// <summary>Why it matters.</summary>
    public abstract string Rationale { get; }

    /// <summary>How to fix a finding.</summary>
    public abstract string Fix { get; }

    /// <summary>A compose file on which the rule fires.</summary>
    public abstract string BadExample { get; }

    /// <summary>The same file fixed: the rule stays quiet.</summary>
    public abstract string GoodExample { get; }

    /// <summary>True when the rule also judges a service that an override only partly
    /// restates (security rules); false when it needs the whole definition.</summary>
    public virtual bool ChecksPartialServices => true;

    /// <summary>The findings of this rule on <paramref name="file"/>.</summary>
    public virtual IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        foreach (var service in file.Services)
        {
            if (service.IsPartial && !ChecksPartialServices)
                continue;
            foreach (var finding in CheckService(service))
                yield return finding;
        }
    }

    /// <summary>The findings on one service; rules that look across the file override
    /// <see cref="Check"/> instead.</summary>
    protected virtual IEnumerable<ComposeFinding> CheckService(ComposeService service) => [];

    /// <summary>A finding of this rule at <paramref name="node"/>.</summary>
    protected ComposeFinding Finding(YamlSourceNode node, string? service, string message) =>
        new(Id, Severity, node.Position.Line, node.Position.Column, service, message, Fix);

    /// <summary>The documentation as Markdown, for <c>explain</c> and MCP resources.</summary>
    public string ToMarkdown() =>
        $"# {Id}: {Title}\n\nSeverity: " +
            $"{Severity.ToString().ToLowerInvariant()}\n\n{Rationale}\n\n" +
        $"## Fires on\n\n```yaml\n{BadExample.TrimEnd()}\n```\n\n" +
        $"## Quiet on\n\n```yaml\n{GoodExample.TrimEnd()}\n```\n\n## Fix\n\n{Fix}\n";
}
