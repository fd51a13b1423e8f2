namespace DockerMastery.Core.Compose;

/// <summary>
/// Compose's variable interpolation grammar: <c>$$</c> escapes, <c>$NAME</c>, <c>${NAME}</c>,
/// and <c>${NAME:-default}</c>, <c>-</c>, <c>:?error</c>, <c>?</c>, <c>:+alt</c>, <c>+</c>
/// with nested expressions in the default.
/// </summary>
public static class Interpolation
{
    /// <summary>One <c>$</c> expression found in a value.</summary>
    /// <param name="Kind">What kind of expression.</param>
    /// <param name="Name">The variable name, empty for escapes and invalid ones.</param>
    /// <param name="Offset">Where the <c>$</c> is in the text.</param>
    public readonly record struct Use(UseKind Kind, string Name, int Offset);

    /// <summary>The kinds of expression.</summary>
    public enum UseKind
    {
        /// <summary><c>$$</c>: a literal dollar.</summary>
        Escape,

        /// <summary><c>$NAME</c> or <c>${NAME}</c>: empty when unset, silently.</summary>
        Bare,

        /// <summary>With a default (<c>:-</c>, <c>-</c>) or an alternative (<c>:+</c>,
        /// <c>+</c>).</summary>
        Defaulted,

        /// <summary>With an error when unset (<c>:?</c>, <c>?</c>).</summary>
        Required,

        /// <summary>Not an expression Compose accepts: it refuses the file.</summary>
        Invalid,
    }

    /// <summary>Every expression in <paramref name="text"/>, nested defaults included.</summary>
    public static IEnumerable<Use> Scan(string text)
    {
        var uses = new List<Use>();
        ScanInto(text, 0, uses);
        return uses;
    }

    /// <summary>True when <paramref name="name"/> is a variable name Compose accepts.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void ScanInto(string text, int origin, List<Use> uses)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '$')
            {
                i++;
                continue;
            }

            var at = origin + i;
            if (i + 1 >= text.Length)
            {
                uses.Add(new Use(UseKind.Invalid, "", at));
                return;
            }

            var next = text[i + 1];
            if (next == '$')
            {
                uses.Add(new Use(UseKind.Escape, "", at));
                i += 2;
                continue;
            }

            if (next != '{')
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end])
                    || text[end] == '_'))
                    end++;
                var name = text[(i + 1)..end];
                uses.Add(new Use(IsName(name) ? UseKind.Bare : UseKind.Invalid, name, at));
                i = Math.Max(end, i + 1);
                continue;
            }

            var close = MatchingBrace(text, i + 1);
            if (close < 0)
            {
                uses.Add(new Use(UseKind.Invalid, "", at));
                return;
            }

            Braced(text[(i + 2)..close], at, origin + i + 2, uses);
            i = close + 1;
        }
    }

    private static void Braced(string body, int at, int bodyOrigin, List<Use> uses)
    {
        var n = 0;
        while (n < body.Length && (char.IsAsciiLetterOrDigit(body[n]) || body[n] == '_'))
            n++;
        var name = body[..n];
        if (!IsName(name))
        {
            uses.Add(new Use(UseKind.Invalid, name, at));
            return;
        }

        var rest = body[n..];
        if (rest.Length == 0)
        {
            uses.Add(new Use(UseKind.Bare, name, at));
            return;
        }

        var op = rest.StartsWith(':') && rest.Length > 1 ? rest[..2] : rest[..1];
        var kind = op switch
        {
            ":-" or "-" or ":+" or "+" => UseKind.Defaulted,
            ":?" or "?" => UseKind.Required,
            _ => UseKind.Invalid,
        };
        uses.Add(new Use(kind, name, at));
        if (kind == UseKind.Defaulted)
            ScanInto(rest[op.Length..], bodyOrigin + n + op.Length, uses);
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == '{')
                depth++;
            else if (text[j] == '}' && --depth == 0)
                return j;
        }

        return -1;
    }
}
