namespace DockerMastery.Core.Generation;

/// <summary>
/// One file of the skill's <c>assets/templates/</c> folder and the render that produces it. The
/// file is never written by hand: it is the renderer's output for fixed default options.
/// </summary>
public sealed class SkillTemplate
{
    private readonly Func<string> render;

    internal SkillTemplate(string name, string description, Func<string> render)
    {
        Name = name;
        Description = description;
        this.render = render;
    }

    /// <summary>The file name inside <see cref="SkillTemplates.Folder"/>, e.g.
    /// <c>dockerfile_python.Dockerfile</c>.</summary>
    public string Name { get; }

    /// <summary>One line: what the template is and which generator renders it.</summary>
    public string Description { get; }

    /// <summary>Renders the template from <see cref="Catalog.VersionCatalog.Default"/>: the exact
    /// text the checked-in file must hold (LF line endings, final newline).</summary>
    public string Render() => render();
}
