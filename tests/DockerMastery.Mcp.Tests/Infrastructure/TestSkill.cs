using DockerMastery.Core.Skill;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>A small skill of our own, so protocol tests do not depend on content in flux.</summary>
public static class TestSkill
{
    public const string SkillMd =
        """
        ---
        name: docker-mastery
        description: Test skill for the protocol tests.
        ---
        # Docker Mastery

        Identity paragraph.

        ## Required clarifications

        Ask about tier, language, registry and CI.

        ### Defaults table

        | Clarification | Default |
        | --- | --- |
        | Tier | 1 |

        ## References

        See [hardening](references/security-hardening.md) and
        [compose](references/compose-patterns.md#healthchecks).
        """;

    public const string Hardening =
        """
        # Security hardening

        Overview of hardening containers in production.

        ## Non-root user

        Run as UID 1001 with USER; never run the application as root.

        ## Read-only root filesystem

        Run the container with a read-only root filesystem: `docker run --read-only`, with a
        tmpfs for /tmp. In compose set `read_only: true`.

        ## Dropping capabilities

        Drop all capabilities and add back only what the process needs.
        """;

    public const string Compose =
        """
        # Compose patterns

        ## Healthchecks

        Every service declares a healthcheck; depends_on waits for service_healthy.

        ## Volumes

        Named volumes persist data; the filesystem of a container is not where data lives.
        """;

    public const string PythonTemplate =
        """
        # syntax=docker/dockerfile:1
        FROM python:3.13-slim AS build
        """;

    public static IReadOnlyDictionary<string, string> Files { get; } =
        new Dictionary<string, string>
    {
        ["SKILL.md"] = SkillMd,
        ["references/security-hardening.md"] = Hardening,
        ["references/compose-patterns.md"] = Compose,
        ["assets/templates/dockerfile_python.Dockerfile"] = PythonTemplate,
        ["assets/templates/compose_full_stack.yml"] = "services: {}\n",
        ["scripts/scaffold_docker.py"] = "print('scaffold')\n",
    };

    public static SkillLibrary Library { get; } = SkillLibrary.FromFiles(Files);
}
