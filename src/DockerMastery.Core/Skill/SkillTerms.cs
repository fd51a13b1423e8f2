using System.Text;

namespace DockerMastery.Core.Skill;

/// <summary>Turns text into search terms: lower case, letters and digits, light stemming.</summary>
internal static class SkillTerms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "i", "in",
        "is", "it", "of", "on", "or", "that", "the", "this", "to", "what", "when", "with",
        "you", "your", "do", "does", "can", "should", "use",
    };

    public static List<string> Split(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(word, terms);
        }

        Flush(word, terms);
        return terms;
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0)
            return;

        var term = word.ToString();
        word.Clear();
        if (!StopWords.Contains(term))
            terms.Add(Stem(term));
    }

    // Plural and -ing/-ed endings only: enough for "layers"/"layer", "signing"/"sign".
    private static string Stem(string term)
    {
        if (term.Length > 5 && term.EndsWith("ing", StringComparison.Ordinal))
            return term[..^3];
        if (term.Length > 4 && term.EndsWith("ies", StringComparison.Ordinal))
            return term[..^3] + "y";
        if (term.Length > 4 && term.EndsWith("ed", StringComparison.Ordinal))
            return term[..^2];
        if (term.Length > 3 && term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal))
            return term[..^1];
        return term;
    }
}
