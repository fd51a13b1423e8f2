using DockerMastery.Core.Compose.Rules;
using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose;

/// <summary>
/// Reviews compose files: YAML syntax, the Compose Specification's schema, the semantic checks
/// (references, cycles, ports, interpolation), the best-practice rules and the style rules.
/// </summary>
public static class ComposeReviewer
{
    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<ComposeRule> Rules { get; } = typeof(ComposeRule).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && t.IsSubclassOf(typeof(ComposeRule)))
        .Select(t => (ComposeRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static ComposeRule? Rule(string id) =>
        Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reviews <paramref name="text"/>. Never throws on the text: a YAML error is a
    /// DC100 finding with its line and column.</summary>
    /// <param name="text">The compose file.</param>
    /// <param name="baseTexts">When the file is an override, the files it overrides, in order;
    /// names they define count as defined and their services are not judged incomplete.</param>
    /// <param name="ignore">Rule ids to skip.</param>
    /// <exception cref="YamlSyntaxException">A base text is not YAML (the base is the
    /// caller's).</exception>
    public static ComposeReview Review(
        string text, IReadOnlyList<string>? baseTexts = null,
            IReadOnlyCollection<string>? ignore = null)
    {
        var bases = (baseTexts ?? []).Select(YamlSourceReader.Read).ToArray();
        YamlSourceNode root;
        try
        {
            root = YamlSourceReader.Read(text);
        }
        catch (YamlSyntaxException e)
        {
            return new ComposeReview([Syntax(e)]);
        }

        if (root is not YamlSourceMapping)
        {
            return new ComposeReview([new ComposeFinding(
                "DC101", ComposeSeverity.Error, root.Position.Line, root.Position.Column, null,
                "a compose file is a mapping of top-level keys (services:, networks:, ...)",
                "Start the file with services: and the services under it.")]);
        }

        var file = ComposeFile.From(root, bases);
        var findings = new List<ComposeFinding>();
        foreach (var rule in Rules)
        {
            if (ignore?.Contains(rule.Id, StringComparer.OrdinalIgnoreCase) == true)
                continue;
            try
            {
                findings.AddRange(rule.Check(file));
            }
            catch (YamlSyntaxException e)
            {
                findings.Add(Syntax(e));
                break;
            }
        }

        return new ComposeReview(findings
            .Distinct()
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId,
                StringComparer.Ordinal)
            .ToArray());
    }

    private static ComposeFinding Syntax(YamlSyntaxException e) =>
        new("DC100", ComposeSeverity.Error, e.Position.Line, e.Position.Column, null, e.Problem,
            "Correct the YAML at this line and column.");
}
