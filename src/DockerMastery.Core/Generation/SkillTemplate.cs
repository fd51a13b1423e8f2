namespace DockerMastery.Core.Generation;

/// <summary>
/// One file of the skill's <c>assets/templates/</c> folder and the render that produces it. The
/// file is never written by hand: it is the renderer's output for fixed default options.
/// </summary>
public sealed class SkillTemplate
{
    private readonly Func<string> render;
    private readonly Func<bool> available;

    internal SkillTemplate(
        string name, string description, Func<string> render, Func<bool>? available = null)
    {
        Name = name;
        Description = description;
        this.render = render;
        this.available = available ?? (() => true);
    }

    /// <summary>The file name inside <see cref="SkillTemplates.Folder"/>, e.g.
    /// <c>dockerfile_python.Dockerfile</c>.</summary>
    public string Name { get; }

    /// <summary>One line: what the template is and which options it was rendered with.</summary>
    public string Description { get; }

    /// <summary>Whether the renderer behind this template exists in this build. A template
    /// without one is absent from the folder rather than written by hand.</summary>
    public bool IsAvailable => available();

    /// <summary>Renders the template from <see cref="Catalog.VersionCatalog.Default"/>: the exact
    /// text the checked-in file must hold (LF line endings, final newline).</summary>
    /// <exception cref="InvalidOperationException">The renderer does not exist yet
    /// (<see cref="IsAvailable"/> is false).</exception>
    public string Render() => IsAvailable
        ? render()
        : throw new InvalidOperationException(
            $"{Name}: the generator has no renderer for this template yet");
}
