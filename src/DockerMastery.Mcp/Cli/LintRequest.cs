using DockerMastery.Core.Review;

namespace DockerMastery.Mcp.Cli;

/// <summary>The command line of <c>lint</c>, read.</summary>
internal sealed class LintRequest
{
    public List<string> Files { get; } = [];
    public List<string> Ignore { get; } = [];
    public List<string> TrustedRegistries { get; } = [];
    public string? Format { get; private set; }
    public string? Config { get; private set; }
    public string? Context { get; private set; }
    public Severity? FailureThreshold { get; private set; } = Severity.Warning;
    public bool ThresholdSet { get; private set; }
    public bool NoFail { get; private set; }
    public bool StrictLabels { get; private set; }
    public bool DisableIgnorePragma { get; private set; }
    public bool Fix { get; private set; }
    public bool Help { get; private set; }

    /// <summary>Reads <paramref name="args"/>; null with <paramref name="problem"/> set on a
    /// usage error.</summary>
    public static LintRequest? Parse(IReadOnlyList<string> args, out string problem)
    {
        problem = "";
        var request = new LintRequest();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=', StringComparison.Ordinal) : -1;
            var name = equals > 0 ? arg[..equals] : arg;
            string? inline = equals > 0 ? arg[(equals + 1)..] : null;

            string? Value(ref int index)
            {
                if (inline is not null)
                    return inline;
                return index + 1 < args.Count ? args[++index] : null;
            }

            switch (name)
            {
                case "-h" or "--help":
                    request.Help = true;
                    break;
                case "--no-fail":
                    request.NoFail = true;
                    break;
                case "--strict-labels":
                    request.StrictLabels = true;
                    break;
                case "--disable-ignore-pragma":
                    request.DisableIgnorePragma = true;
                    break;
                case "--fix":
                    request.Fix = true;
                    break;
                case "--no-color" or "--verbose" or "-V":
                    break;
                case "-f" or "--format" or "-c" or "--config" or "--ignore" or "--trusted-registry" or "-t"
                    or "--failure-threshold" or "--context":
                {
                    var value = Value(ref i);
                    if (string.IsNullOrEmpty(value))
                    {
                        problem = $"{name} needs a value.";
                        return null;
                    }

                    if (!request.Set(name, value, out problem))
                        return null;
                    break;
                }

                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        problem = $"unknown option '{arg}'.";
                        return null;
                    }

                    request.Files.Add(arg);
                    break;
            }
        }

        return request;
    }

    private bool Set(string name, string value, out string problem)
    {
        problem = "";
        switch (name)
        {
            case "-f" or "--format":
                Format = value;
                break;
            case "-c" or "--config":
                Config = value;
                break;
            case "--context":
                Context = value;
                break;
            case "--trusted-registry":
                TrustedRegistries.Add(value);
                break;
            case "--ignore":
                if (RuleCatalog.Find(value) is null)
                {
                    problem = $"--ignore: '{value}' is not a known rule id.";
                    return false;
                }

                Ignore.Add(value);
                break;
            default:
                if (!ReviewConfiguration.TryParseThreshold(value, out var threshold))
                {
                    problem = $"--failure-threshold: '{value}' is not error, warning, info, style or none.";
                    return false;
                }

                FailureThreshold = threshold;
                ThresholdSet = true;
                break;
        }

        return true;
    }

    /// <summary>The configuration's options with the command line's on top.</summary>
    public ReviewOptions Apply(ReviewOptions options) => options with
    {
        Ignored = [.. options.Ignored, .. Ignore],
        TrustedRegistries = [.. options.TrustedRegistries, .. TrustedRegistries],
        StrictLabels = options.StrictLabels || StrictLabels,
        DisableIgnorePragma = options.DisableIgnorePragma || DisableIgnorePragma,
    };
}
