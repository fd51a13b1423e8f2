using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DockerMastery.Core.Review;

/// <summary>A <c>.hadolint.yaml</c> read into review options plus the settings that belong
/// to a lint run (failure threshold, no-fail, format). Unknown keys are errors with their
/// line, as are unknown rule ids and severities.</summary>
public sealed record ReviewConfiguration
{
    /// <summary>The file names hadolint looks for, in order, in the working directory.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".hadolint.yaml", ".hadolint.yml"];

    /// <summary>The review options the file sets.</summary>
    public ReviewOptions Options { get; init; } = new();

    /// <summary><c>failure-threshold</c>: the least severe level that fails a lint run; null
    /// for <c>none</c>/<c>ignore</c> (never fail); default warning.</summary>
    public Severity? FailureThreshold { get; init; } = Severity.Warning;

    /// <summary><c>no-fail</c>: exit 0 whatever is found.</summary>
    public bool NoFail { get; init; }

    /// <summary><c>format</c>, when set.</summary>
    public string? Format { get; init; }

    /// <summary>Problems found in the file, each naming its line.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Reads the YAML text of a configuration file. Never throws.</summary>
    public static ReviewConfiguration Parse(string yaml, string fileName = ".hadolint.yaml")
    {
        var errors = new List<string>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml ?? ""));
        }
        catch (YamlException e)
        {
            return new ReviewConfiguration { Errors = [$"{fileName}:{e.Start.Line}: {e.Message}"] };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new ReviewConfiguration();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            return new ReviewConfiguration { Errors = [$"{fileName}:1: the configuration must be a mapping of keys."] };

        var configuration = new ReviewConfiguration();
        var options = new ReviewOptions();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var where = $"{fileName}:{keyNode.Start.Line}";
            switch (key)
            {
                case "ignored":
                    options = options with { Ignored = RuleIds(value, where, errors) };
                    break;
                case "override":
                    options = options with { SeverityOverrides = Overrides(value, where, errors) };
                    break;
                case "trustedRegistries":
                    options = options with { TrustedRegistries = Strings(value, where, errors) };
                    break;
                case "label-schema":
                    options = options with { LabelSchema = Labels(value, where, errors) };
                    break;
                case "strict-labels":
                    options = options with { StrictLabels = Bool(value, where, errors) };
                    break;
                case "disable-ignore-pragma":
                    options = options with { DisableIgnorePragma = Bool(value, where, errors) };
                    break;
                case "no-fail":
                    configuration = configuration with { NoFail = Bool(value, where, errors) };
                    break;
                case "failure-threshold":
                    configuration = configuration with { FailureThreshold = Threshold(Scalar(value), where, errors) };
                    break;
                case "format":
                    configuration = configuration with { Format = Scalar(value) };
                    break;
                case "no-color" or "verbose":
                    break;
                default:
                    errors.Add($"{where}: unknown key '{key}'.");
                    break;
            }
        }

        return configuration with { Options = options, Errors = errors };
    }

    /// <summary>Reads a threshold name (error, warning, info, style, none, ignore).</summary>
    public static bool TryParseThreshold(string name, out Severity? threshold)
    {
        threshold = null;
        if (name is "none" or "ignore")
            return true;
        if (TryParseSeverity(name, out var severity))
        {
            threshold = severity;
            return true;
        }

        return false;
    }

    /// <summary>Reads a severity name, case-insensitive.</summary>
    public static bool TryParseSeverity(string? name, out Severity severity) =>
        Enum.TryParse(name, ignoreCase: true, out severity) && Enum.IsDefined(severity);

    private static Severity? Threshold(string? value, string where, List<string> errors)
    {
        if (TryParseThreshold(value ?? "", out var threshold))
            return threshold;
        errors.Add($"{where}: failure-threshold must be error, warning, info, style or none, not '{value}'.");
        return Severity.Warning;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static bool Bool(YamlNode node, string where, List<string> errors)
    {
        var value = Scalar(node);
        if (bool.TryParse(value, out var result))
            return result;
        errors.Add($"{where}: expected true or false, not '{value}'.");
        return false;
    }

    private static List<string> Strings(YamlNode node, string where, List<string> errors)
    {
        if (node is YamlSequenceNode sequence)
            return sequence.Children.Select(Scalar).OfType<string>().ToList();
        if (Scalar(node) is { Length: > 0 } single)
            return [single];
        if (node is not YamlScalarNode)
            errors.Add($"{where}: expected a list of strings.");
        return [];
    }

    private static List<string> RuleIds(YamlNode node, string where, List<string> errors)
    {
        var ids = Strings(node, where, errors);
        foreach (var id in ids.Where(id => RuleCatalog.Find(id) is null))
            errors.Add($"{where}: unknown rule id '{id}'.");
        return ids;
    }

    private static Dictionary<string, Severity> Overrides(YamlNode node, string where, List<string> errors)
    {
        var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not YamlScalarNode { Value: null or "" })
                errors.Add($"{where}: override must map error/warning/info/style to lists of rule ids.");
            return result;
        }

        foreach (var (levelNode, ids) in mapping.Children)
        {
            var level = Scalar(levelNode);
            var at = $"{where.Split(':')[0]}:{levelNode.Start.Line}";
            if (!TryParseSeverity(level, out var severity))
            {
                errors.Add($"{at}: '{level}' is not a severity (error, warning, info, style).");
                continue;
            }

            foreach (var id in RuleIds(ids, at, errors))
                result[id] = severity;
        }

        return result;
    }

    private static Dictionary<string, string> Labels(YamlNode node, string where, List<string> errors)
    {
        string[] types = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            errors.Add($"{where}: label-schema must map label names to types.");
            return result;
        }

        foreach (var (label, type) in mapping.Children)
        {
            var name = Scalar(label) ?? "";
            var kind = Scalar(type) ?? "";
            if (!types.Contains(kind))
                errors.Add($"{where.Split(':')[0]}:{label.Start.Line}: label type '{kind}' must be one of {string.Join(", ", types)}.");
            result[name] = kind;
        }

        return result;
    }
}
