using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as block-style YAML. Every string goes through
/// <see cref="Scalar"/>, so a value can never close its scalar and start a key, an anchor,
/// a tag or a comment of its own: plain only when it reads back unchanged, otherwise
/// double-quoted with escapes.
/// </summary>
internal static partial class YamlEmitter
{
    private const int IndentStep = 2;

    // Keys that read back as the same string in YAML 1.1 and 1.2 parsers alike
    // (a leading dot is plain too: GitLab's hidden jobs such as .docker).
    [GeneratedRegex(@"^[A-Za-z_.][A-Za-z0-9_.-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainKey();

    // Words some parser reads as a boolean or null (YAML 1.1 resolvers included).
    [GeneratedRegex(@"^(?:y|n|yes|no|on|off|true|false|null|~)\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReservedWord();

    // Anything a resolver could read as a number, a date or a special float.
    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]|[0-9])|[-+]?\.(?:inf|nan)$|0[xo])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberLike();

    /// <summary>The document: optional header comment lines, then the root mapping.</summary>
    public static string Emit(YamlMap root, IEnumerable<string>? header = null)
    {
        var text = new StringBuilder();
        foreach (var line in header ?? [])
            text.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');

        WriteMap(text, root, 0, null);
        return text.ToString();
    }

    /// <summary>A document whose root is a sequence (Falco rules files).</summary>
    public static string EmitSequence(YamlSeq root)
    {
        var text = new StringBuilder();
        WriteSeq(text, root, 0);
        return text.ToString();
    }

    /// <summary>A string as a YAML scalar: plain when safe, double-quoted otherwise.</summary>
    public static string Scalar(string value) =>
        IsPlainSafe(value) ? value : DoubleQuoted(value);

    /// <summary>A mapping key: plain for identifier-like keys, double-quoted otherwise.</summary>
    public static string Key(string key) =>
        PlainKey().IsMatch(key) && !ReservedWordKey(key) ? key : DoubleQuoted(key);

    private static bool ReservedWordKey(string key) =>
        ReservedWord().IsMatch(key) && key != "on";

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
            return false;
        if (ReservedWord().IsMatch(value) || NumberLike().IsMatch(value))
            return false;
        if (value.EndsWith(':') || value.Contains(": ", StringComparison.Ordinal)
            || value.Contains(" #", StringComparison.Ordinal))
            return false;

        foreach (var c in value)
        {
            if (char.IsControl(c) || c > '~')
                return false;
        }

        return true;
    }

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029'
                        || c == '\u0085' || c == '\uFEFF')
                    {
                        text.Append("\\u")
                            .Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                        text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static void WriteMap(StringBuilder text, YamlMap map, int indent, string? firstPrefix)
    {
        var first = true;
        foreach (var entry in map.Entries)
        {
            text.Append(first && firstPrefix is not null ? firstPrefix : new string(' ', indent));
            first = false;
            text.Append(Key(entry.Key)).Append(':');
            WriteValue(text, entry.Value, indent, entry.Comment);
        }
    }

    private static void WriteValue(StringBuilder text, YamlNode value, int indent, string? comment)
    {
        var tail = comment is null ? "" : " # " + comment;
        switch (value)
        {
            case YamlScalar { Style: YamlScalarStyle.Literal } block:
                WriteBlock(text, block.Text, indent + IndentStep, tail);
                break;
            case YamlScalar { Style: YamlScalarStyle.Typed } typed:
                text.Append(' ').Append(typed.Text).Append(tail).Append('\n');
                break;
            case YamlScalar scalar:
                text.Append(' ').Append(Scalar(scalar.Text)).Append(tail).Append('\n');
                break;
            case YamlMap { Entries.Count: 0 }:
                text.Append(" {}").Append(tail).Append('\n');
                break;
            case YamlMap nested:
                text.Append(tail).Append('\n');
                WriteMap(text, nested, indent + IndentStep, null);
                break;
            case YamlSeq { Items.Count: 0 }:
                text.Append(" []").Append(tail).Append('\n');
                break;
            case YamlSeq seq:
                text.Append(tail).Append('\n');
                WriteSeq(text, seq, indent + IndentStep);
                break;
            default:
                throw new InvalidOperationException($"unknown YAML node {value.GetType().Name}");
        }
    }

    private static void WriteSeq(StringBuilder text, YamlSeq seq, int indent)
    {
        var dash = new string(' ', indent) + "- ";
        foreach (var item in seq.Items)
        {
            switch (item)
            {
                case YamlMap { Entries.Count: > 0 } map:
                    WriteMap(text, map, indent + IndentStep, dash);
                    break;
                case YamlScalar { Style: YamlScalarStyle.Literal } block:
                    text.Append(dash.TrimEnd());
                    WriteBlock(text, block.Text, indent + IndentStep, "");
                    break;
                case YamlScalar scalar:
                    var written = scalar.Style == YamlScalarStyle.Typed
                        ? scalar.Text
                        : Scalar(scalar.Text);
                    text.Append(dash).Append(written).Append('\n');
                    break;
                default:
                    text.Append(dash.TrimEnd());
                    WriteValue(text, item, indent, null);
                    break;
            }
        }
    }

    private static void WriteBlock(StringBuilder text, string block, int indent, string tail)
    {
        var body = block.Replace("\r\n", "\n", StringComparison.Ordinal);
        var chomp = body.EndsWith('\n') ? "" : "-";
        var lines = body.TrimEnd('\n').Split('\n');
        if (lines.Length > 0 && lines[0].StartsWith(' '))
            throw new InvalidOperationException("a literal block may not start with a space");

        text.Append(" |").Append(chomp).Append(tail).Append('\n');
        var pad = new string(' ', indent);
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
                text.Append('\n');
            else
                text.Append(pad).Append(trimmed).Append('\n');
        }
    }
}
