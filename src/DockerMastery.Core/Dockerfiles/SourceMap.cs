namespace DockerMastery.Core.Dockerfiles;

/// <summary>Maps offsets in a joined logical text (continuation lines glued together) back to
/// physical lines and columns.</summary>
internal sealed class SourceMap
{
    private readonly List<(int Offset, int Line, int Column)> segments = [];

    /// <summary>Records that logical text from <paramref name="offset"/> on starts at the
    /// given physical position.</summary>
    public void Add(int offset, int line, int column) => segments.Add((offset, line, column));

    /// <summary>The physical position of a logical offset.</summary>
    public SourcePosition Locate(int offset)
    {
        if (segments.Count == 0)
            return new SourcePosition(1, 1);

        var found = segments[0];
        foreach (var segment in segments)
        {
            if (segment.Offset > offset)
                break;
            found = segment;
        }

        return new SourcePosition(found.Line, found.Column + Math.Max(0, offset - found.Offset));
    }

    /// <summary>A map for text that starts <paramref name="shift"/> characters into this one.</summary>
    public SourceMap Shift(int shift)
    {
        var shifted = new SourceMap();
        var start = Locate(shift);
        shifted.Add(0, start.Line, start.Column);
        foreach (var segment in segments.Where(s => s.Offset > shift))
            shifted.Add(segment.Offset - shift, segment.Line, segment.Column);
        return shifted;
    }

    /// <summary>A map for multi-line text whose first character sits at the given position;
    /// every following line starts at column 1.</summary>
    public static SourceMap ForLines(string text, int line, int column)
    {
        var map = new SourceMap();
        map.Add(0, line, column);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                map.Add(i + 1, ++line, 1);
        }

        return map;
    }
}
