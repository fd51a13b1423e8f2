using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review;

/// <summary>Reviews a Dockerfile: parses it once, runs every rule in
/// <see cref="RuleCatalog"/>, applies pragmas and options, and scores the result.</summary>
public static class DockerfileReviewer
{
    /// <summary>Reviews <paramref name="text"/>. Never throws: syntax errors are findings.</summary>
    public static ReviewResult Review(string text, ReviewOptions? options = null) =>
        Review(DockerfileParser.Parse(text ?? ""), options);

    /// <summary>Reviews an already parsed Dockerfile.</summary>
    public static ReviewResult Review(DockerfileDocument document, ReviewOptions? options = null)
    {
        options ??= new ReviewOptions();
        var context = new ReviewContext(document, options);
        var pragmas = options.DisableIgnorePragma ? null : new Pragmas(document);
        var ignored = new HashSet<string>(options.Ignored, StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, Severity>(options.SeverityOverrides, StringComparer.OrdinalIgnoreCase);
        var findings = new List<Finding>();
        var skipped = SkippedByCheckDirective(document);

        foreach (var rule in RuleCatalog.Rules)
        {
            string[] ids = [rule.Id, .. rule.Aliases];
            if (ids.Any(ignored.Contains) || ids.Any(skipped.Contains) || skipped.Contains("all"))
                continue;
            if (!rule.EnabledByDefault && !ids.Any(overrides.ContainsKey))
                continue;
            var severity = ids.Select(id => overrides.TryGetValue(id, out var s) ? s : (Severity?)null)
                .FirstOrDefault(s => s is not null) ?? rule.Severity;
            if (severity > options.MinimumSeverity)
                continue;

            foreach (var hit in rule.Check(context))
            {
                if (pragmas?.Suppresses(ids, hit.Line) == true)
                    continue;
                findings.Add(new Finding(rule.Id, severity, hit.Line, hit.Column,
                    hit.Message ?? rule.Title, rule.Fix.Trim())
                {
                    Title = rule.Title,
                    Edit = hit.Edit,
                });
            }
        }

        var ordered = findings
            .DistinctBy(f => (f.RuleId, f.Line, f.Column, f.Message))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToArray();
        return new ReviewResult(ordered, ReviewSummary.Of(ordered));
    }

    // BuildKit's "# check=skip=A,B" (or skip=all) directive turns checks off for the file.
    private static HashSet<string> SkippedByCheckDirective(DockerfileDocument document)
    {
        var skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var value = document.Directive("check")?.Value;
        if (value is null)
            return skipped;
        foreach (var part in value.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("skip=", StringComparison.OrdinalIgnoreCase))
                skipped.UnionWith(part[5..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return skipped;
    }
}
