using System.Text;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Writes HCL blocks in the canonical layout of <c>terraform fmt</c> / hclwrite: two-space
/// indent, and the <c>=</c> of consecutive attributes aligned, a multi-line attribute closing
/// its group. Strings go through <see cref="Quote"/>, so a value cannot end its string or
/// start an interpolation.
/// </summary>
internal sealed class HclBody
{
    private readonly List<(string Key, string Expression, IReadOnlyList<(string, string)>? Items)>
        attributes = [];

    /// <summary>An HCL string literal: quotes and backslashes escaped, <c>${</c> and
    /// <c>%{</c> doubled so they stay literal text.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '$' or '%' when next == '{': text.Append(c).Append(c); break;
                default:
                    if (char.IsControl(c))
                        throw new ArgumentException(
                            "control character in an HCL string", nameof(value));
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A list of string literals: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> values) =>
        "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>An attribute whose value is an expression written by the renderer.</summary>
    public HclBody Expression(string key, string expression)
    {
        attributes.Add((key, expression, null));
        return this;
    }

    public HclBody String(string key, string value) => Expression(key, Quote(value));

    /// <summary>A multi-line object of quoted keys and expression values.</summary>
    public HclBody Object(string key, IReadOnlyList<(string Key, string Expression)> items)
    {
        attributes.Add((key, "{", items));
        return this;
    }

    public void WriteBlock(StringBuilder text, string header)
    {
        text.Append(header).Append(" {\n");
        // hclwrite aligns runs of single-line attributes; a multi-line one stands alone.
        var group = new List<int>();
        for (var i = 0; i < attributes.Count; i++)
        {
            var multiLine = attributes[i].Items is not null
                || attributes[i].Expression.Contains('\n');
            if (multiLine)
            {
                if (group.Count > 0)
                    WriteGroup(text, group);
                group.Clear();
                WriteGroup(text, [i]);
                continue;
            }

            group.Add(i);
        }

        if (group.Count > 0)
            WriteGroup(text, group);

        text.Append("}\n");
    }

    private void WriteGroup(StringBuilder text, List<int> group)
    {
        var width = group.Max(i => attributes[i].Key.Length);
        foreach (var i in group)
        {
            var (key, expression, items) = attributes[i];
            text.Append("  ").Append(key.PadRight(width)).Append(" = ").Append(expression)
                .Append('\n');
            if (items is null)
                continue;

            var itemWidth = items.Max(item => Quote(item.Item1).Length);
            foreach (var (itemKey, itemValue) in items)
            {
                text.Append("    ").Append(Quote(itemKey).PadRight(itemWidth)).Append(" = ")
                    .Append(itemValue).Append('\n');
            }

            text.Append("  }\n");
        }
    }
}
