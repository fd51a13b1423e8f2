using DockerMastery.Core.Skill;

namespace DockerMastery.Mcp.Resources;

/// <summary>
/// The stable URIs of the skill's files. <c>SKILL.md</c> is <c>docker-mastery://skill</c>;
/// <c>references/x.md</c> is <c>docker-mastery://references/x</c>;
/// <c>assets/templates/f</c> is <c>docker-mastery://templates/f</c>;
/// <c>scripts/f</c> is <c>docker-mastery://scripts/f</c>; any other file is
/// <c>docker-mastery://skill/{path}</c>. A section is addressed by appending its anchor as a
/// fragment (<c>#read-only-root-filesystem</c>) or as <c>?section=read-only-root-filesystem</c>.
/// </summary>
public static class SkillUris
{
    /// <summary>The URI scheme and authority prefix.</summary>
    public const string Prefix = "docker-mastery://";

    /// <summary>The main skill file's URI.</summary>
    public const string Skill = Prefix + "skill";

    /// <summary>The resource families that have a <c>{name}</c> template.</summary>
    public static IReadOnlyList<SkillFamily> Families { get; } =
    [
        new("references", "references/", ".md", "Skill reference",
            "A reference of the docker-mastery skill (markdown). {name} is the file name " +
            "without .md, e.g. security-hardening. Append #anchor to read one section."),
        new("templates", "assets/templates/", "", "Skill template",
            "A template file of the docker-mastery skill (Dockerfile, compose, bake, CI). " +
            "{name} is the file name, e.g. dockerfile_python.Dockerfile."),
        new("scripts", "scripts/", "", "Skill script",
            "A script shipped with the docker-mastery skill. {name} is the file name."),
    ];

    /// <summary>The URI of the file at <paramref name="path"/> inside <c>skill/</c>.</summary>
    public static string ForPath(string path)
    {
        if (path == "SKILL.md")
            return Skill;

        var family = FamilyOf(path);
        if (family is null)
            return $"{Skill}/{path}";

        var name = path[family.Folder.Length..];
        if (family.Suffix.Length > 0 && name.EndsWith(family.Suffix, StringComparison.Ordinal))
            name = name[..^family.Suffix.Length];
        return $"{Prefix}{family.Key}/{name}";
    }

    /// <summary>The URI of a section: the file's URI with the anchor as a fragment.</summary>
    public static string ForSection(SkillSection section) =>
        $"{ForPath(section.Path)}#{section.Slug}";

    /// <summary>The family a path belongs to, or null for SKILL.md and other files.</summary>
    public static SkillFamily? FamilyOf(string path) =>
        Families.FirstOrDefault(f =>
            path.StartsWith(f.Folder, StringComparison.Ordinal) &&
            !path[f.Folder.Length..].Contains('/', StringComparison.Ordinal));

    /// <summary>
    /// Splits a URI into the file path it names and the section anchor, if any. Returns false
    /// when the URI is not one of ours or names no file of <paramref name="library"/>.
    /// </summary>
    public static bool TryResolve(
        SkillLibrary library, string uri, out SkillDocument document, out string? section)
    {
        document = null!;
        section = null;
        var address = uri;
        var hash = address.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            section = Uri.UnescapeDataString(address[(hash + 1)..]);
            address = address[..hash];
        }

        var query = address.IndexOf("?section=", StringComparison.Ordinal);
        if (query >= 0)
        {
            section ??= Uri.UnescapeDataString(address[(query + "?section=".Length)..]);
            address = address[..query];
        }

        if (section is { Length: 0 })
            section = null;

        var path = PathOf(address);
        var found = path is null ? null : library.Find(path);
        if (found is null)
            return false;

        document = found;
        return true;
    }

    /// <summary>The MIME type for a file, from its extension.</summary>
    public static string MimeTypeOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".md" => "text/markdown",
            ".dockerfile" => "text/x-dockerfile",
            ".yml" or ".yaml" => "application/yaml",
            ".json" => "application/json",
            ".hcl" => "text/x-hcl",
            ".py" => "text/x-python",
            ".sh" => "text/x-shellscript",
            _ when Path.GetFileName(path).StartsWith("Dockerfile", StringComparison.Ordinal) =>
                "text/x-dockerfile",
            _ => "text/plain",
        };
    }

    private static string? PathOf(string address)
    {
        if (!address.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        if (address == Skill)
            return "SKILL.md";

        var rest = Uri.UnescapeDataString(address[Prefix.Length..]);
        if (rest.StartsWith("skill/", StringComparison.Ordinal))
            return rest["skill/".Length..];

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
            return null;

        var family = Families.FirstOrDefault(f => f.Key == rest[..slash]);
        var name = rest[(slash + 1)..];
        if (family is null || name.Length == 0 || name.Contains('/', StringComparison.Ordinal))
            return null;

        return family.Suffix.Length > 0 && !name.EndsWith(family.Suffix, StringComparison.Ordinal)
            ? family.Folder + name + family.Suffix
            : family.Folder + name;
    }
}
