using System.Text;

namespace DockerMastery.Core.Review;

/// <summary>Every rule the reviewer runs, with its documentation.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> Instances = new(() => typeof(Rule).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Rule)))
        .Select(t => (Rule)Activator.CreateInstance(t)!)
        .OrderBy(r => Order(r.Id))
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToArray());

    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> Descriptors =
        new(() => Instances.Value.Select(Describe).ToArray());

    /// <summary>The rule instances, in catalog order.</summary>
    public static IReadOnlyList<Rule> Rules => Instances.Value;

    /// <summary>Every rule's metadata and documentation, ordered DL, SC, BuildKit, DM.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Descriptors.Value;

    /// <summary>The rule with this id or alias (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(d =>
        string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase) ||
        d.Aliases.Contains(id, StringComparer.OrdinalIgnoreCase));

    /// <summary>The documentation resource URI for a rule id.</summary>
    public static string DocsUri(string id) => $"docker-mastery://rules/{id}";

    /// <summary>The source a rule id belongs to.</summary>
    public static RuleSource SourceOf(string id) => id switch
    {
        _ when id.StartsWith("DL", StringComparison.Ordinal) => RuleSource.Hadolint,
        _ when id.StartsWith("SC", StringComparison.Ordinal) => RuleSource.ShellCheck,
        _ when id.StartsWith("DM", StringComparison.Ordinal) => RuleSource.DockerMastery,
        _ => RuleSource.BuildKit,
    };

    private static int Order(string id) => SourceOf(id) switch
    {
        RuleSource.Hadolint => 0,
        RuleSource.ShellCheck => 1,
        RuleSource.BuildKit => 2,
        _ => 3,
    };

    private static RuleDescriptor Describe(Rule rule)
    {
        var source = SourceOf(rule.Id);
        var markdown = new StringBuilder()
            .Append("# ").Append(rule.Id).Append(": ").AppendLine(rule.Title)
            .AppendLine()
            .Append("Severity: **").Append(rule.Severity.ToString().ToLowerInvariant())
            .Append("** · Source: ").AppendLine(SourceName(source))
            .AppendLine();
        if (rule.Aliases.Count > 0)
            markdown.Append("Also answers to: ").AppendLine(string.Join(", ", rule.Aliases)).AppendLine();
        markdown
            .AppendLine("## What it checks").AppendLine().AppendLine(rule.Checks.Trim()).AppendLine()
            .AppendLine("## Why it matters").AppendLine().AppendLine(rule.Why.Trim()).AppendLine()
            .AppendLine("## Bad").AppendLine().AppendLine("```dockerfile").AppendLine(rule.Bad.Trim())
            .AppendLine("```").AppendLine()
            .AppendLine("## Good").AppendLine().AppendLine("```dockerfile").AppendLine(rule.Good.Trim())
            .AppendLine("```").AppendLine()
            .AppendLine("## How to fix").AppendLine().AppendLine(rule.Fix.Trim()).AppendLine()
            .AppendLine("## Suppressing it").AppendLine()
            .Append("Put `# hadolint ignore=").Append(rule.Id)
            .AppendLine("` on the line above the instruction, or list the id under `ignored:` in")
            .AppendLine("`.hadolint.yaml`.");
        return new RuleDescriptor(rule.Id, rule.Severity, rule.Title, source, rule.Fix.Trim(),
            rule.Aliases, markdown.ToString(), DocsUri(rule.Id));
    }

    private static string SourceName(RuleSource source) => source switch
    {
        RuleSource.Hadolint => "hadolint (same id and meaning)",
        RuleSource.ShellCheck => "ShellCheck (same id and meaning, on docker-mastery's shell reader)",
        RuleSource.BuildKit => "BuildKit build checks (same name and meaning)",
        _ => "docker-mastery",
    };
}
