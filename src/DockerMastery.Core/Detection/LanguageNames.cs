namespace DockerMastery.Core.Detection;

/// <summary>The lower-case names of <see cref="Language"/> used on the command line, in tools
/// and as catalog keys, with the aliases people type.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, Language> Aliases =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["python"] = Language.Python,
            ["py"] = Language.Python,
            ["node"] = Language.Node,
            ["nodejs"] = Language.Node,
            ["node.js"] = Language.Node,
            ["javascript"] = Language.Node,
            ["js"] = Language.Node,
            ["typescript"] = Language.Node,
            ["ts"] = Language.Node,
            ["go"] = Language.Go,
            ["golang"] = Language.Go,
            ["rust"] = Language.Rust,
            ["java"] = Language.Java,
            ["kotlin"] = Language.Java,
            ["dotnet"] = Language.DotNet,
            [".net"] = Language.DotNet,
            ["csharp"] = Language.DotNet,
            ["c#"] = Language.DotNet,
        };

    /// <summary>The canonical names, in the order of <see cref="Language"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["python", "node", "go", "rust", "java", "dotnet"];

    /// <summary>The canonical name: <c>python</c>, <c>node</c>, <c>go</c>, <c>rust</c>,
    /// <c>java</c> or <c>dotnet</c>.</summary>
    public static string Name(this Language language) => All[(int)language];

    /// <summary>Parses a name or alias; false when the text names no supported language.</summary>
    public static bool TryParse(string? text, out Language language)
    {
        language = default;
        return text is not null && Aliases.TryGetValue(text.Trim(), out language);
    }
}
