namespace DockerMastery.Core.Skill;

/// <summary>
/// BM25 ranking over the sections of every markdown file. A section is its heading plus the
/// text up to the next heading; heading terms count several times, since a heading names
/// what the section is about.
/// </summary>
public sealed class SkillSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int HeadingWeight = 3;
    private const int ExcerptLength = 280;

    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    internal SkillSearch(IEnumerable<SkillDocument> documents)
    {
        foreach (var document in documents.Where(d => d.IsMarkdown))
        {
            foreach (var section in document.Sections)
            {
                var body = document.SectionBody(section);
                var terms = SkillTerms.Split(body);
                var headingTerms = SkillTerms.Split(section.Heading);
                for (var i = 0; i < HeadingWeight; i++)
                    terms.AddRange(headingTerms);

                var counts = terms.GroupBy(t => t, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var term in counts.Keys)
                    _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;

                _entries.Add(new Entry(section, body, counts, terms.Count));
            }
        }

        _averageLength = _entries.Count == 0 ? 1 : _entries.Average(e => (double)e.Length);
    }

    /// <summary>The number of sections indexed.</summary>
    public int SectionCount => _entries.Count;

    /// <summary>The best sections for <paramref name="query"/>, best first.</summary>
    /// <param name="query">Words to look for; punctuation and case are ignored.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <param name="pathPrefix">Only files whose path starts with this, e.g.
    /// <c>references/</c>.</param>
    public IReadOnlyList<SkillSearchHit> Find(
        string query, int limit = 5, string? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var queryTerms = SkillTerms.Split(query).Distinct(StringComparer.Ordinal).ToArray();
        if (queryTerms.Length == 0 || limit <= 0)
            return [];

        var hits = new List<SkillSearchHit>();
        foreach (var entry in _entries)
        {
            if (pathPrefix is not null &&
                !entry.Section.Path.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var score = Score(entry, queryTerms);
            if (score > 0)
                hits.Add(new SkillSearchHit(entry.Section, score, Excerpt(entry.Body, queryTerms)));
        }

        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Section.Path, StringComparer.Ordinal)
            .ThenBy(h => h.Section.Line)
            .Take(limit)
            .ToArray();
    }

    private double Score(Entry entry, string[] queryTerms)
    {
        var score = 0.0;
        var total = _entries.Count;
        foreach (var term in queryTerms)
        {
            if (!entry.Counts.TryGetValue(term, out var frequency))
                continue;

            var documents = _documentFrequency[term];
            var idf = Math.Log(1 + ((total - documents + 0.5) / (documents + 0.5)));
            var norm = K1 * (1 - B + (B * entry.Length / _averageLength));
            score += idf * (frequency * (K1 + 1)) / (frequency + norm);
        }

        return score;
    }

    private static string Excerpt(string body, string[] queryTerms)
    {
        var flat = string.Join(' ', body.Split((char[])['\n', '\r', '\t'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (flat.Length <= ExcerptLength)
            return flat;

        var start = 0;
        foreach (var term in queryTerms)
        {
            var at = flat.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                start = Math.Max(0, at - (ExcerptLength / 4));
                break;
            }
        }

        start = Math.Min(start, flat.Length - ExcerptLength);
        var space = start == 0 ? 0 : flat.IndexOf(' ', start) + 1;
        if (space <= 0 || space > start + 20)
            space = start;

        var end = Math.Min(flat.Length, space + ExcerptLength);
        var piece = flat[space..end];
        return (space > 0 ? "…" : "") + piece + (end < flat.Length ? "…" : "");
    }

    private sealed record Entry(
        SkillSection Section, string Body, Dictionary<string, int> Counts, int Length);
}
