using System.Runtime.CompilerServices;

namespace DockerMastery.Core.Tests.Review;

/// <summary>One case from a rule's case file: a Dockerfile and whether the rule must fire.</summary>
public sealed record RuleCase(string RuleId, bool Fires, string Name, string Dockerfile, int? Line, string File)
{
    /// <summary>From <c>context=a,b</c>: the build context's files.</summary>
    public IReadOnlyList<string>? ContextFiles { get; init; }

    /// <summary>From <c>dockerignore=.git,.env</c>: the .dockerignore lines.</summary>
    public string? DockerIgnore { get; init; }

    /// <summary>From <c>trusted=a,b</c>: trusted registries.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>From <c>labels=name:type,...</c>: the label schema.</summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();

    /// <summary>From the <c>strict</c> flag: strict labels.</summary>
    public bool StrictLabels { get; init; }

    /// <summary>The options of the case; the rule under test is always enabled (rules that
    /// hadolint ships switched off run only with a severity override).</summary>
    public DockerMastery.Core.Review.ReviewOptions Options => new()
    {
        ContextFiles = ContextFiles,
        DockerIgnore = DockerIgnore,
        TrustedRegistries = TrustedRegistries,
        LabelSchema = LabelSchema,
        StrictLabels = StrictLabels,
        SeverityOverrides = DockerMastery.Core.Review.RuleCatalog.Find(RuleId) is { } rule
            ? new Dictionary<string, DockerMastery.Core.Review.Severity> { [rule.Id] = rule.Severity }
            : new Dictionary<string, DockerMastery.Core.Review.Severity>(),
    };

    public override string ToString() => $"{RuleId} {(Fires ? "fires" : "passes")}: {Name}";

    public static string CasesFolder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Cases");

    /// <summary>Reads every <c>Cases/*.cases</c> file. A case starts with
    /// <c>## fires: name</c> (optionally <c>## fires line=N: name</c>) or <c>## passes: name</c>;
    /// the lines up to the next header are the Dockerfile.</summary>
    public static IReadOnlyList<RuleCase> All()
    {
        var cases = new List<RuleCase>();
        foreach (var file in Directory.GetFiles(CasesFolder(), "*.cases").Order(StringComparer.Ordinal))
        {
            var ruleId = Path.GetFileNameWithoutExtension(file);
            string? header = null;
            var body = new List<string>();
            foreach (var line in System.IO.File.ReadAllLines(file).Append("## end"))
            {
                if (!line.StartsWith("## ", StringComparison.Ordinal))
                {
                    body.Add(line);
                    continue;
                }

                if (header is not null)
                    cases.Add(Parse(ruleId, header, body, file));
                header = line[3..];
                body.Clear();
            }
        }

        return cases;
    }

    private static RuleCase Parse(string ruleId, string header, List<string> body, string file)
    {
        var colon = header.IndexOf(": ", StringComparison.Ordinal);
        var head = colon < 0 ? header : header[..colon];
        var name = colon < 0 ? "" : header[(colon + 2)..].Trim();
        var parts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? line = parts.FirstOrDefault(p => p.StartsWith("line=", StringComparison.Ordinal)) is { } l
            ? int.Parse(l[5..], System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var fires = parts[0] switch
        {
            "fires" => true,
            "passes" => false,
            _ => throw new InvalidDataException($"{file}: header '{header}' must start with fires or passes"),
        };
        var text = string.Join('\n', body).Trim('\n') + "\n";
        string? Value(string key) => parts.FirstOrDefault(p => p.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
        return new RuleCase(ruleId, fires, name, text, line, file)
        {
            ContextFiles = Value("context")?.Split(',', StringSplitOptions.RemoveEmptyEntries),
            DockerIgnore = Value("dockerignore")?.Replace(',', '\n'),
            TrustedRegistries = Value("trusted")?.Split(',') ?? [],
            LabelSchema = (Value("labels")?.Split(',') ?? []).Select(l => l.Split(':'))
                .ToDictionary(p => p[0], p => p[1]),
            StrictLabels = parts.Contains("strict"),
        };
    }
}
