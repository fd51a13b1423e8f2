namespace DockerMastery.Core.Compose;

/// <summary>The result of reviewing one compose file.</summary>
/// <param name="Findings">Every finding, in text order.</param>
public sealed record ComposeReview(IReadOnlyList<ComposeFinding> Findings)
{
    /// <summary>Findings at error level.</summary>
    public int Errors => Findings.Count(f => f.Severity == ComposeSeverity.Error);

    /// <summary>Findings at warning level.</summary>
    public int Warnings => Findings.Count(f => f.Severity == ComposeSeverity.Warning);

    /// <summary>True when a finding at warning level or above remains (the CLI exits 1).</summary>
    public bool HasWarnings => Findings.Any(f => f.Severity <= ComposeSeverity.Warning);

    /// <summary>One line: counts per severity.</summary>
    public string Summary
    {
        get
        {
            if (Findings.Count == 0)
                return "no findings";
            var parts = Enum.GetValues<ComposeSeverity>()
                .Select(s => (s, n: Findings.Count(f => f.Severity == s)))
                .Where(p => p.n > 0)
                .Select(p => $"{p.n} {p.s.ToString().ToLowerInvariant()}{(p.n == 1 ? "" : "s")}");
            return string.Join(", ", parts);
        }
    }
}
