using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DockerMastery.Core.Compose.Yaml;

/// <summary>
/// Turns a YAML tree into JSON the way a YAML 1.2 core-schema loader does (the one Compose and
/// JSON-schema validators use), and remembers where each JSON pointer came from in the text.
/// </summary>
public static partial class YamlJsonConverter
{
    /// <summary>The most JSON values produced; shared aliases count each time they are
    /// used.</summary>
    public const int MaxValues = 200_000;

    /// <summary>Converts <paramref name="root"/>; <paramref name="positions"/> receives, for every
    /// JSON pointer, the position of its key (for members) or its node (for items and the
    /// root).</summary>
    /// <exception cref="YamlSyntaxException">Aliases expand past <see
    /// cref="MaxValues"/>.</exception>
    public static JsonNode? Convert(YamlSourceNode root, IDictionary<string,
        SourcePosition> positions)
    {
        var budget = new int[] { MaxValues };
        positions[""] = root.Position;
        return Convert(root, "", positions, budget);
    }

    /// <summary>The JSON value of one scalar under the YAML 1.2 core schema.</summary>
    public static JsonValue? Scalar(YamlSourceScalar scalar)
    {
        if (scalar.Tag is "!reset")
            return null;
        if (!scalar.IsPlain
            && scalar.Tag is not ("tag:yaml.org,2002:int" or "tag:yaml.org,2002:float"
            or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null"))
        {
            return JsonValue.Create(scalar.Value);
        }

        var text = scalar.Value;
        if (scalar.IsNull || scalar.Tag is "tag:yaml.org,2002:null")
            return null;
        if (text is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerGrammar().IsMatch(text) &&
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var n))
        {
            return JsonValue.Create(n);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexGrammar().IsMatch(text[2..]))
            return JsonValue.Create(System.Convert.ToInt64(text[2..], 16));
        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalGrammar().IsMatch(text[2..]))
            return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        if (FloatGrammar().IsMatch(text) &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) &&
            double.IsFinite(d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(text);
    }

    private static JsonNode? Convert(
        YamlSourceNode node, string pointer, IDictionary<string, SourcePosition> positions,
            int[] budget)
    {
        if (--budget[0] < 0)
        {
            throw new YamlSyntaxException(
                $"the document expands to more than {MaxValues} values (aliases used too often)",
                node.Position);
        }

        switch (node)
        {
            case YamlSourceScalar scalar:
                return Scalar(scalar);
            case YamlSourceSequence sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    var path = $"{pointer}/{i}";
                    positions[path] = item.Position;
                    array.Add(Convert(item, path, positions, budget));
                }

                return array;
            default:
                var mapping = (YamlSourceMapping)node;
                var obj = new JsonObject();
                foreach (var entry in mapping.Entries)
                {
                    var path = $"{pointer}/{Escape(entry.Key.Value)}";
                    positions[path] = entry.Key.Position;
                    obj[entry.Key.Value] = Convert(entry.Value, path, positions, budget);
                }

                return obj;
        }
    }

    private static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerGrammar();

    [GeneratedRegex(@"^[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexGrammar();

    [GeneratedRegex(@"^[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalGrammar();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex FloatGrammar();
}
