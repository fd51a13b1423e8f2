using DockerMastery.Core.Skill;
using DockerMastery.Core.Tiers;
using DockerMastery.Mcp.Resources;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Completions;

/// <summary>
/// Completes prompt arguments (by argument name, the same vocabulary the tools accept) and
/// the <c>{name}</c> of the resource templates (the files present in the skill).
/// </summary>
public static class ArgumentCompletions
{
    private const int MaxValues = 100;

    /// <summary>Application types the containerize prompt knows.</summary>
    public static IReadOnlyList<string> ApplicationTypes { get; } =
        ["web-app", "api", "worker", "cli", "multi-service", "ml-gpu", "platform"];

    /// <summary>Languages with a generator and a Dockerfile decision branch.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        ["python", "node", "go", "rust", "java", "dotnet"];

    /// <summary>The values for each prompt argument name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PromptArguments { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["application"] = ApplicationTypes,
            ["tier"] = ["1", "2", "3", "4"],
            ["language"] = Languages,
            ["registry"] = TierVocabulary.Registries.Keys.ToArray(),
            ["ci"] = TierVocabulary.CiPlatforms,
        };

    /// <summary>Answers one <c>completion/complete</c> request.</summary>
    public static CompleteResult Complete(SkillLibrary library, CompleteRequestParams? request)
    {
        ArgumentNullException.ThrowIfNull(library);
        var typed = request?.Argument.Value ?? "";
        var candidates = request?.Ref switch
        {
            PromptReference => PromptArguments.GetValueOrDefault(request.Argument.Name) ?? [],
            ResourceTemplateReference { Uri: RuleResources.Template }
                when request.Argument.Name == "id" => RuleResources.CompleteId(typed),
            ResourceTemplateReference { Uri: { } uri } when request.Argument.Name == "name" =>
                NamesFor(library, uri),
            _ => [],
        };

        var matches = candidates
            .Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return new CompleteResult
        {
            Completion = new Completion
            {
                Values = matches.Take(MaxValues).ToList(),
                Total = matches.Length,
                HasMore = matches.Length > MaxValues,
            },
        };
    }

    private static IReadOnlyList<string> NamesFor(SkillLibrary library, string template)
    {
        var family = SkillUris.Families.FirstOrDefault(f => f.UriTemplate == template);
        if (family is null)
            return [];

        var prefix = SkillUris.Prefix.Length + family.Key.Length + 1;
        return library.Under(family.Folder)
            .Where(d => SkillUris.FamilyOf(d.Path) == family)
            .Select(d => SkillUris.ForPath(d.Path)[prefix..])
            .ToArray();
    }
}
