namespace DockerMastery.Mcp.Hosting;

/// <summary>
/// The instructions sent to clients at initialization; models read them as context.
/// </summary>
public static class ServerInstructions
{
    /// <summary>The text.</summary>
    public const string Text =
        """
        docker-mastery gives you production Docker expertise: it picks the right tier of
        container setup, generates Dockerfiles, .dockerignore, compose stacks and CI pipelines
        that pass its own review, reviews existing Dockerfiles like hadolint, and serves the
        docker-mastery skill (SKILL.md, references, templates) as resources.

        Start with select_tier when the user wants to containerize something and the scale is
        not obvious: it returns the tier (1 single container, 2 compose stack, 3 production,
        4 enterprise), the defaults that apply and which references to read. detect_project
        reads a project folder (language, framework, entrypoint, port). Then generate with
        generate_dockerfile, generate_compose, generate_pipeline, generate_supply_chain or
        scaffold_project, and check what you write or are given with review_dockerfile and
        review_compose (explain_rule documents a finding). Use search_skill to find guidance
        on a topic and read_skill (or the resources docker-mastery://skill and
        docker-mastery://references/{name}) to read it.

        When the user has not said something, do not guess silently: the defaults table
        (tier 1, official base image, Docker Hub, GitHub Actions, linux/amd64, non-root UID
        1001, health check from tier 2) applies, and every tool reports what it assumed.
        The containerize prompt walks through the clarifying questions.
        """;
}
