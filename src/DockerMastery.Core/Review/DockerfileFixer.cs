namespace DockerMastery.Core.Review;

/// <summary>Applies the safe automatic fixes findings carry (<see cref="Finding.Edit"/>).</summary>
public static class DockerfileFixer
{
    private const int MaxPasses = 8;

    /// <summary>Reviews <paramref name="text"/> and applies every safe fix, reviewing again
    /// after each pass so that fixes on the same line all land; returns the fixed text.</summary>
    public static string Fix(string text, ReviewOptions? options = null)
    {
        var current = text ?? "";
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var next = Apply(current, DockerfileReviewer.Review(current, options).Findings);
            if (next == current)
                break;
            current = next;
        }

        return current;
    }

    /// <summary>Applies the edits of <paramref name="findings"/> to <paramref name="text"/>;
    /// an edit that overlaps one already taken waits for the next pass.</summary>
    public static string Apply(string text, IEnumerable<Finding> findings)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var hasBom = text.StartsWith('\uFEFF');
        var body = hasBom ? text[1..] : text;
        var endsWithNewline = body.EndsWith('\n');
        var lines = body.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (endsWithNewline)
            lines.RemoveAt(lines.Count - 1);

        var taken = new List<TextEdit>();
        foreach (var edit in findings.Select(f => f.Edit).OfType<TextEdit>().OrderBy(e => e.StartLine))
        {
            if (edit.StartLine < 1 || edit.EndLine > lines.Count || edit.EndLine < edit.StartLine ||
                taken.Any(t => t.StartLine <= edit.EndLine && edit.StartLine <= t.EndLine))
                continue;
            taken.Add(edit);
        }

        foreach (var edit in taken.OrderByDescending(e => e.StartLine))
        {
            lines.RemoveRange(edit.StartLine - 1, edit.EndLine - edit.StartLine + 1);
            lines.InsertRange(edit.StartLine - 1, edit.NewText.Split('\n'));
        }

        return (hasBom ? "\uFEFF" : "") + string.Join(newline, lines) + (endsWithNewline ? newline : "");
    }
}
