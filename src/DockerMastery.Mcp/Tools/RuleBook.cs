using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Rules;
using DockerMastery.Core.Review;

namespace DockerMastery.Mcp.Tools;

/// <summary>
/// Both rule families in one place for the faces that explain rules (<c>explain_rule</c>, the
/// <c>docker-mastery://rules/{id}</c> resource and its completion, the <c>rule</c> verb): the
/// Dockerfile rules of <see cref="RuleCatalog"/> first, then the compose rules of
/// <see cref="ComposeReviewer"/>. Each rule's documentation still lives with the rule.
/// </summary>
public static class RuleBook
{
    /// <summary>The source name of the compose rules.</summary>
    public const string ComposeSource = "compose";

    private static readonly Lazy<IReadOnlyList<RuleExplanation>> Entries = new(() =>
        RuleCatalog.All.Select(FromDockerfile)
            .Concat(ComposeReviewer.Rules.Select(FromCompose))
            .ToArray());

    /// <summary>Every rule, Dockerfile rules (DL, SC, BuildKit, DM) then compose rules (DC).
    /// </summary>
    public static IReadOnlyList<RuleExplanation> All => Entries.Value;

    /// <summary>The rule with this id or alias (case-insensitive, surrounding blanks ignored),
    /// or null.</summary>
    public static RuleExplanation? Find(string? id)
    {
        var wanted = id?.Trim() ?? "";
        if (wanted.Length == 0)
            return null;
        return All.FirstOrDefault(r =>
            string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) ||
            r.Aliases.Contains(wanted, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Rule ids starting with <paramref name="prefix"/> (case-insensitive), in
    /// <see cref="All"/> order.</summary>
    public static IEnumerable<string> IdsStartingWith(string? prefix) => All
        .Select(r => r.Id)
        .Where(id => id.StartsWith(prefix ?? "", StringComparison.OrdinalIgnoreCase));

    private static RuleExplanation FromDockerfile(RuleDescriptor rule) => new(
        rule.Id, rule.Title, rule.Severity.ToString().ToLowerInvariant(),
        rule.Source.ToString().ToLowerInvariant(), rule.Fix, rule.Aliases, rule.Documentation,
        rule.DocsUri);

    private static RuleExplanation FromCompose(ComposeRule rule) => new(
        rule.Id, rule.Title, rule.Severity.ToString().ToLowerInvariant(), ComposeSource,
        rule.Fix, [], rule.ToMarkdown(), RuleCatalog.DocsUri(rule.Id));
}
