namespace DockerMastery.Core.Compose;

/// <summary>
/// The skill's two Compose templates (<c>compose_full_stack.yml</c>, <c>compose_dev.yml</c>):
/// the generator's output for one fixed request, so the skill and the tool cannot disagree.
/// </summary>
public static class ComposeTemplates
{
    /// <summary>The template of the stack: <c>compose.yaml</c> for <see cref="Request"/>.</summary>
    public const string FullStack = "compose_full_stack.yml";

    /// <summary>The template of the development override: <c>compose.override.yaml</c>.</summary>
    public const string Development = "compose_dev.yml";

    /// <summary>The request both templates are rendered from: a FastAPI app at tier 3 (the tier
    /// the skill's Dockerfile templates use) with PostgreSQL, Redis, nginx and
    /// monitoring.</summary>
    public static ComposeRequest Request { get; } = new()
    {
        ProjectName = "app",
        Language = "python",
        Framework = "fastapi",
        Tier = 3,
        Services =
        [
            ComposeServiceKind.Postgres, ComposeServiceKind.Redis, ComposeServiceKind.Nginx,
            ComposeServiceKind.Monitoring,
        ],
    };

    /// <summary>The text of the template named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is neither template.</exception>
    public static string Render(string name)
    {
        var path = name switch
        {
            FullStack => "compose.yaml",
            Development => "compose.override.yaml",
            _ => throw new ArgumentException($"'{name}' is not a Compose template", nameof(name)),
        };
        return ComposeGenerator.Generate(Request).Files.Single(f => f.Path == path).Content;
    }
}
