using DockerMastery.Core.Skill;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Resources;

/// <summary>Every skill file as a resource, plus one template per family of files.</summary>
public static class SkillResources
{
    /// <summary>The resources for <paramref name="library"/>.</summary>
    public static IReadOnlyList<McpServerResource> Create(SkillLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var resources = new List<McpServerResource>();
        resources.AddRange(
            library.Documents.Select(d => SkillFileResource.ForDocument(library, d)));
        resources.AddRange(SkillUris.Families.Select(f => SkillFileResource.ForFamily(library, f)));
        return resources;
    }
}
