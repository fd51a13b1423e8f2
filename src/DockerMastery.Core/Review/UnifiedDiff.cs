using System.Text;

namespace DockerMastery.Core.Review;

/// <summary>A line-based unified diff (the format <c>git diff</c> and <c>patch</c> read).</summary>
public static class UnifiedDiff
{
    private const int Context = 3;
    private const long MaxTable = 4_000_000;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>; empty when
    /// they are equal.</summary>
    public static string Create(string before, string after, string name)
    {
        if (before == after)
            return "";
        var a = Lines(before);
        var b = Lines(after);
        var operations = Compare(a, b);

        var text = new StringBuilder()
            .Append("--- a/").AppendLine(name)
            .Append("+++ b/").AppendLine(name);
        var changes = Enumerable.Range(0, operations.Count).Where(i => operations[i].Kind != ' ').ToArray();
        var first = 0;
        while (first < changes.Length)
        {
            var last = first;
            while (last + 1 < changes.Length && changes[last + 1] - changes[last] <= 2 * Context + 1)
                last++;
            var start = Math.Max(0, changes[first] - Context);
            var end = Math.Min(operations.Count, changes[last] + Context + 1);
            var hunk = operations.GetRange(start, end - start);
            var oldStart = operations.Take(start).Count(o => o.Kind != '+') + 1;
            var newStart = operations.Take(start).Count(o => o.Kind != '-') + 1;
            text.Append("@@ -").Append(oldStart).Append(',').Append(hunk.Count(o => o.Kind != '+'))
                .Append(" +").Append(newStart).Append(',').Append(hunk.Count(o => o.Kind != '-'))
                .AppendLine(" @@");
            foreach (var (kind, line) in hunk)
                text.Append(kind).AppendLine(line);
            first = last + 1;
        }

        return text.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    // Common prefix and suffix, then a longest-common-subsequence table for the middle
    // (one replaced block when the middle is too large for the table).
    private static List<(char Kind, string Line)> Compare(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix &&
               a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            suffix++;

        var result = a.Take(prefix).Select(l => (' ', l)).ToList();
        var middleA = a[prefix..(a.Length - suffix)];
        var middleB = b[prefix..(b.Length - suffix)];
        if ((long)middleA.Length * middleB.Length > MaxTable)
        {
            result.AddRange(middleA.Select(l => ('-', l)));
            result.AddRange(middleB.Select(l => ('+', l)));
        }
        else
        {
            result.AddRange(Lcs(middleA, middleB));
        }

        result.AddRange(a[(a.Length - suffix)..].Select(l => (' ', l)));
        return result;
    }

    private static IEnumerable<(char Kind, string Line)> Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                yield return (' ', a[x++]);
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                yield return ('-', a[x++]);
            }
            else
            {
                yield return ('+', b[y++]);
            }
        }

        while (x < a.Length)
            yield return ('-', a[x++]);
        while (y < b.Length)
            yield return ('+', b[y++]);
    }
}
