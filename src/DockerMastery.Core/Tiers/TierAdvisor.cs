namespace DockerMastery.Core.Tiers;

/// <summary>
/// The skill's tier decision tree. Each requirement asks for a lowest tier; the answer is the
/// highest of those, or tier 1 when nothing asks for more ("start at tier 1, scale up").
/// </summary>
public static class TierAdvisor
{
    private const int MaxCount = 1_000_000;

    /// <summary>Chooses the tier for <paramref name="requirements"/>.</summary>
    /// <exception cref="TierInputException">A field holds a value outside its vocabulary or
    /// range; the message names the field.</exception>
    public static TierDecision Decide(TierRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var reasons = new List<TierReason>();
        AddCount(reasons, "containerCount", requirements.ContainerCount, CountTier, "containers");
        AddCount(reasons, "teamSize", requirements.TeamSize, TeamTier, "developers");
        AddScale(reasons, requirements.Scale);
        AddSecurity(reasons, requirements.Security);
        AddCompliance(reasons, requirements.Compliance);
        if (requirements.MultiArch == true)
        {
            reasons.Add(new TierReason("multiArch", 4,
                "multi-architecture images (amd64 + arm64) are built with buildx bake at tier 4"));
        }

        var registry = AddRegistry(reasons, requirements.Registry);
        var ci = AddCi(reasons, requirements.Ci);

        var tier = reasons.Count == 0 ? 1 : reasons.Max(r => r.Tier);
        if (reasons.All(r => r.Tier < 2) && tier == 1)
        {
            reasons.Add(new TierReason("(none)", 1,
                "nothing asked for more than a single container: start at tier 1, scale up later"));
        }

        var ordered = reasons.OrderByDescending(r => r.Tier).ToArray();
        return new TierDecision(
            tier,
            TierTable.Names[tier - 1],
            ordered,
            Defaults(tier, requirements, registry, ci),
            TierTable.Outputs.Take(tier).SelectMany(o => o).ToArray(),
            TierTable.References[tier - 1]);
    }

    private static int CountTier(int count) => count switch
    {
        1 => 1,
        <= 10 => 2,
        <= 50 => 3,
        _ => 4,
    };

    private static int TeamTier(int size) => size switch
    {
        1 => 1,
        <= 10 => 2,
        <= 100 => 3,
        _ => 4,
    };

    private static void AddCount(
        List<TierReason> reasons, string field, int? value, Func<int, int> tierOf, string noun)
    {
        if (value is null)
            return;
        if (value < 1 || value > MaxCount)
            throw new TierInputException(field, $"{value} is outside 1..{MaxCount}");

        var tier = tierOf(value.Value);
        reasons.Add(new TierReason(field, tier,
            $"{value} {noun} fits tier {tier} ({TierTable.Names[tier - 1]})"));
    }

    private static void AddScale(List<TierReason> reasons, string? scale)
    {
        if (string.IsNullOrWhiteSpace(scale))
            return;

        var key = Known("scale", scale, TierVocabulary.Scales.Keys);
        var tier = TierVocabulary.Scales[key];
        reasons.Add(new TierReason("scale", tier, $"a {key} system is tier {tier} work"));
    }

    private static void AddSecurity(List<TierReason> reasons, IReadOnlyList<string> needs)
    {
        for (var i = 0; i < needs.Count; i++)
        {
            if (Normalized(needs[i]) == "none")
                continue;

            var key = Known($"security[{i}]", needs[i], TierVocabulary.SecurityNeeds.Keys);
            var tier = TierVocabulary.SecurityNeeds[key];
            reasons.Add(new TierReason("security", tier, $"'{key}' is delivered from tier {tier}"));
        }
    }

    private static void AddCompliance(List<TierReason> reasons, IReadOnlyList<string> frameworks)
    {
        for (var i = 0; i < frameworks.Count; i++)
        {
            if (Normalized(frameworks[i]) == "none")
                continue;

            var key = Known($"compliance[{i}]", frameworks[i], TierVocabulary.Compliance);
            reasons.Add(new TierReason("compliance", 4,
                $"{key.ToUpperInvariant()} controls (audit trail, SBOM, signed images, runtime " +
                "policy) are tier 4 work"));
        }
    }

    private static string? AddRegistry(List<TierReason> reasons, string? registry)
    {
        if (string.IsNullOrWhiteSpace(registry))
            return null;

        var key = Known("registry", registry, TierVocabulary.Registries.Keys);
        var tier = TierVocabulary.Registries[key];
        if (tier > 1)
        {
            reasons.Add(new TierReason("registry", tier,
                $"pushing to {key} means registry credentials and policies: tier {tier}"));
        }

        return key;
    }

    private static string? AddCi(List<TierReason> reasons, string? ci)
    {
        if (string.IsNullOrWhiteSpace(ci))
            return null;

        var key = Known("ci", ci, TierVocabulary.CiPlatforms);
        if (key != "none")
        {
            reasons.Add(new TierReason("ci", 3,
                $"a {key} pipeline that builds, scans, signs and pushes is tier 3 output"));
        }

        return key;
    }

    private const string UserDefault =
        "non-root, numeric UID >= 1000: 10001 in generated images, 65532 on distroless, " +
        "1654 (app) for .NET";

    private static List<TierDefault> Defaults(
        int tier, TierRequirements requirements, string? registry, string? ci)
    {
        var multiArch = requirements.MultiArch ?? tier == 4;
        return
        [
            new("Tier", $"{tier} ({TierTable.Names[tier - 1]})", false),
            new("Base image", "the language's official image for the build stage", true),
            new("Final stage", TierTable.FinalStages[tier - 1], true),
            new("Registry", registry ?? "dockerhub", registry is null),
            new("CI/CD", ci ?? "github-actions", ci is null),
            new("Architecture", multiArch ? "linux/amd64, linux/arm64" : "linux/amd64",
                requirements.MultiArch is null),
            new("User", UserDefault, true),
            // The generator writes a HEALTHCHECK at every tier; compose arrives at tier 2.
            new("Health check", tier >= 2
                ? "HEALTHCHECK in the image and healthcheck on every compose service"
                : "HEALTHCHECK in the image (exec-form probe of the health route)",
                true),
        ];
    }

    private static string Known(string field, string value, IEnumerable<string> vocabulary)
    {
        var key = Normalized(value);
        var words = vocabulary.ToArray();
        if (!words.Contains(key, StringComparer.Ordinal))
        {
            throw new TierInputException(field,
                $"'{Shorten(value)}' is not one of: {string.Join(", ", words)}");
        }

        return key;
    }

    private static string Normalized(string value) => TierVocabulary.Normalize(value);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
