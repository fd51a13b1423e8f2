using System.Text;

namespace DockerMastery.Core.Dockerfiles;

/// <summary>Expands <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c> and
/// <c>${VAR:+alt}</c> the way the Dockerfile frontend does for <c>FROM</c> and friends.</summary>
public static class VariableExpander
{
    /// <summary>Expands <paramref name="text"/> with <paramref name="variables"/>; an unknown
    /// variable becomes empty, as in BuildKit.</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string?> variables)
    {
        var result = new StringBuilder();
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c != '$' || pos + 1 >= text.Length)
            {
                result.Append(c);
                pos++;
                continue;
            }

            if (text[pos + 1] == '{')
            {
                var close = MatchingBrace(text, pos + 1);
                if (close < 0)
                {
                    result.Append(text, pos, text.Length - pos);
                    break;
                }

                result.Append(ExpandBraced(text[(pos + 2)..close], variables));
                pos = close + 1;
                continue;
            }

            var end = pos + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                end++;
            if (end == pos + 1)
            {
                result.Append(c);
                pos++;
                continue;
            }

            result.Append(variables.GetValueOrDefault(text[(pos + 1)..end]) ?? "");
            pos = end;
        }

        return result.ToString();
    }

    /// <summary>The variable names <paramref name="text"/> refers to.</summary>
    public static IEnumerable<string> References(string text)
    {
        for (var pos = 0; pos < text.Length - 1; pos++)
        {
            if (text[pos] != '$')
                continue;
            var start = text[pos + 1] == '{' ? pos + 2 : pos + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                end++;
            if (end > start && (char.IsAsciiLetter(text[start]) || text[start] == '_'))
                yield return text[start..end];
        }
    }

    // The index of the brace closing the one at open, counting nested ${...}; -1 if none.
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
                depth++;
            else if (text[i] == '}' && --depth == 0)
                return i;
        }

        return -1;
    }

    private static string ExpandBraced(string inner, IReadOnlyDictionary<string, string?> variables)
    {
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon + 1 >= inner.Length)
            return variables.GetValueOrDefault(colon < 0 ? inner : inner[..colon]) ?? "";

        var name = inner[..colon];
        var word = inner[(colon + 2)..];
        var value = variables.GetValueOrDefault(name);
        return inner[colon + 1] switch
        {
            '-' => string.IsNullOrEmpty(value) ? Expand(word, variables) : value,
            '+' => string.IsNullOrEmpty(value) ? "" : Expand(word, variables),
            _ => value ?? "",
        };
    }
}
