namespace DockerMastery.Mcp.Resources;

/// <summary>A folder of the skill published under one URI template.</summary>
/// <param name="Key">The URI segment, e.g. <c>references</c>.</param>
/// <param name="Folder">The folder inside <c>skill/</c>, with a trailing slash.</param>
/// <param name="Suffix">The extension left out of <c>{name}</c> (".md" for references).</param>
/// <param name="Title">A short title for the template.</param>
/// <param name="Description">What the template serves and how to fill <c>{name}</c>.</param>
public sealed record SkillFamily(
    string Key, string Folder, string Suffix, string Title, string Description)
{
    /// <summary>The URI template, e.g. <c>docker-mastery://references/{name}</c>.</summary>
    public string UriTemplate => $"{SkillUris.Prefix}{Key}/{{name}}";
}
