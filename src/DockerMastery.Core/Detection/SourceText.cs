using System.Text.RegularExpressions;

namespace DockerMastery.Core.Detection;

/// <summary>A file's text with line lookups, so every fact can say where it came from.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The 1-based line of a character index.</summary>
    public int LineOf(int index)
    {
        var found = Array.BinarySearch(_lineStarts, index);
        return found >= 0 ? found + 1 : ~found;
    }

    /// <summary>The first match of <paramref name="pattern"/>, or null.</summary>
    public Match? Find(Regex pattern)
    {
        var match = pattern.Match(Text);
        return match.Success ? match : null;
    }

    /// <summary>The line of the first occurrence of <paramref name="needle"/>, or 0.</summary>
    public int LineOfText(string needle)
    {
        var index = Text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? 0 : LineOf(index);
    }
}
