using System.Text.Json;
using System.Text.Json.Nodes;
using DockerMastery.Core.Compose.Yaml;
using Json.Schema;

namespace DockerMastery.Core.Compose.Schema;

/// <summary>
/// The Compose Specification's JSON schema (embedded, Apache-2.0, from the compose-spec
/// project) and validation of a YAML tree against it, with errors placed on YAML lines.
/// </summary>
public static class ComposeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema text exactly as shipped by the compose-spec project.</summary>
    public static string Text { get; } = ReadEmbedded();

    /// <summary>Validates <paramref name="root"/>; one finding per failing location, in text
    /// order.</summary>
    /// <exception cref="YamlSyntaxException">Aliases expand past the converter's limit.</exception>
    public static IReadOnlyList<ComposeFinding> Validate(YamlSourceNode root)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var json = YamlJsonConverter.Convert(root, positions);
        var instance = JsonSerializer.SerializeToElement(json);
        var results = Schema.Value.Evaluate(
            instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];

        var findings = new Dictionary<string, ComposeFinding>(StringComparer.Ordinal);
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 } errors)
                continue;

            var pointer = detail.InstanceLocation.ToString();
            var message = Describe(pointer, detail.EvaluationPath.ToString(), errors);
            if (message is null)
                continue;

            // Keep the most specific message per location: the deepest schema path wins.
            var position = Locate(pointer, positions);
            var finding = new ComposeFinding(
                "DC101", ComposeSeverity.Error, position.Line, position.Column,
                ServiceOf(pointer), message,
                "Correct the value to the Compose Specification " +
                    "(docs.docker.com/reference/compose-file).");
            if (!findings.TryGetValue(pointer, out var known)
                || known.Message.Length < message.Length)
                findings[pointer] = finding;
        }

        if (findings.Count == 0)
        {
            var start = positions[""];
            findings[""] = new ComposeFinding(
                "DC101", ComposeSeverity.Error, start.Line, start.Column, null,
                "the file does not match the Compose Specification",
                "Check the file's top-level keys against the Compose Specification.");
        }

        return findings.Values.OrderBy(f => f.Line).ThenBy(f => f.Column).ToArray();
    }

    private static string? Describe(
        string pointer, string evaluationPath, IReadOnlyDictionary<string, string> errors)
    {
        var where = pointer.Length == 0 ? "the file" : $"'{Readable(pointer)}'";
        if (evaluationPath.Contains("/additionalProperties", StringComparison.Ordinal) ||
            evaluationPath.EndsWith("/patternProperties", StringComparison.Ordinal))
        {
            var key = pointer[(pointer.LastIndexOf('/') + 1)..];
            return $"'{Unescape(key)}' is not allowed here ({where} is not a Compose key)";
        }

        // Subschema branches of oneOf/anyOf repeat one mistake many times; keep the leaf messages.
        var text = string.Join("; ", errors.Values.Distinct(StringComparer.Ordinal));
        if (text.Contains("All values fail against the false schema", StringComparison.Ordinal))
            return $"{where} is not a Compose key";
        return $"{where}: {text}";
    }

    private static SourcePosition Locate(string pointer, IReadOnlyDictionary<string,
        SourcePosition> positions)
    {
        while (true)
        {
            if (positions.TryGetValue(pointer, out var position))
                return position;
            var slash = pointer.LastIndexOf('/');
            if (slash < 0)
                return SourcePosition.Start;
            pointer = pointer[..slash];
        }
    }

    private static string? ServiceOf(string pointer)
    {
        const string prefix = "/services/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var rest = pointer[prefix.Length..];
        var slash = rest.IndexOf('/');
        return Unescape(slash < 0 ? rest : rest[..slash]);
    }

    private static string Readable(string pointer) =>
        string.Join('.', pointer.TrimStart('/').Split('/').Select(Unescape));

    private static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    private static string ReadEmbedded()
    {
        using var stream = typeof(ComposeSchema).Assembly
            .GetManifestResourceStream("compose-spec.json")
            ?? throw new InvalidOperationException("compose-spec.json is not embedded in the " +
                "assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema Load()
    {
        // The file names its dialect by an https URI the draft-07 meta-schema does not use;
        // draft 07 is what it is written in, so name that dialect by its canonical id.
        var node = JsonNode.Parse(Text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions
        {
            SchemaRegistry = new SchemaRegistry(),
        });
    }
}
