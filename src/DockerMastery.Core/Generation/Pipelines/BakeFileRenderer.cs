using System.Text;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// <c>docker-bake.hcl</c>: a test target (the Dockerfile's test stage, output discarded), the
/// release image for every supported platform with registry cache, OCI annotations, SBOM and
/// max-mode provenance, and a per-platform matrix for native runners.
/// </summary>
internal static class BakeFileRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var text = new StringBuilder()
            .Append("# docker-bake.hcl for ").Append(plan.Project).Append('\n')
            .Append("#   docker buildx bake test            run the tests (test stage)\n")
            .Append("#   docker buildx bake --push image    build every platform and push\n")
            .Append("#   docker buildx bake image-platform  one image per platform (matrix)\n")
            .Append("# Set TAG and GIT_SHA from CI; the cache lives in the registry beside the "
                + "image.\n\n");

        Variable(text, "REGISTRY_IMAGE", plan.Image);
        Variable(text, "TAG", "dev");
        Variable(text, "GIT_SHA", "");
        Variable(text, "CACHE_REF", plan.Image + ":buildcache");

        new HclBody()
            .Expression("targets", HclBody.List(["image"]))
            .WriteBlock(text, "group \"default\"");
        text.Append('\n');
        new HclBody()
            .Expression("targets", HclBody.List(["test", "image"]))
            .WriteBlock(text, "group \"ci\"");
        text.Append('\n');

        var annotations = Annotations(plan, forIndex: false).ToList();
        new HclBody()
            .String("context", plan.Options.Context)
            .String("dockerfile", plan.Options.Dockerfile)
            .Object("labels", annotations)
            .Expression("cache-from", "[\"type=registry,ref=${CACHE_REF}\"]")
            .WriteBlock(text, "target \"_common\"");
        text.Append('\n');

        new HclBody()
            .Expression("inherits", HclBody.List(["_common"]))
            .String("target", plan.Options.TestTarget)
            .Expression("output", HclBody.List(["type=cacheonly"]))
            .WriteBlock(text, "target \"test\"");
        text.Append('\n');

        var indexAnnotations = Annotations(plan, forIndex: true).Select(a => a.Expression);
        new HclBody()
            .Expression("inherits", HclBody.List(["_common"]))
            .Expression("platforms", HclBody.List(plan.Platforms))
            .Expression("tags", "[\"${REGISTRY_IMAGE}:${TAG}\"]")
            .Expression("annotations",
                "[\n    " + string.Join(",\n    ", indexAnnotations) + ",\n  ]")
            .Expression("attest", HclBody.List(["type=provenance,mode=max", "type=sbom"]))
            .Expression("cache-to", "[\"type=registry,ref=${CACHE_REF},mode=max\"]")
            .WriteBlock(text, "target \"image\"");
        text.Append('\n');

        new HclBody()
            .Expression("name", "\"image-${replace(replace(platform, \"linux/\", \"\"), \"/\", "
                + "\"-\")}\"")
            .Expression("inherits", HclBody.List(["image"]))
            .Object("matrix", [("platform", HclBody.List(plan.Platforms))])
            .Expression("platforms", "[platform]")
            .Expression("tags",
                "[\"${REGISTRY_IMAGE}:${TAG}-${replace(replace(platform, \"linux/\", \"\"), "
                    + "\"/\", \"-\")}\"]")
            .WriteBlock(text, "target \"image-platform\"");

        return new GeneratedFile("docker-bake.hcl", text.ToString(),
            "BuildKit bake file: test and image targets, platform matrix, cache, OCI annotations");
    }

    /// <summary>The OCI annotations, as label entries or as <c>index,manifest:</c>
    /// annotation strings (literal values escaped, variables interpolated).</summary>
    private static IEnumerable<(string Key, string Expression)> Annotations(
        PipelinePlan plan, bool forIndex)
    {
        var host = plan.Options.Ci == CiPlatform.GitLab
            ? "https://gitlab.com/"
            : "https://github.com/";
        (string Key, string? Literal, string? Variable)[] entries =
        [
            ("org.opencontainers.image.title", plan.Project, null),
            ("org.opencontainers.image.version", null, "TAG"),
            ("org.opencontainers.image.revision", null, "GIT_SHA"),
            ("org.opencontainers.image.source", host + plan.SourceRepository, null),
        ];

        foreach (var (key, literal, variable) in entries)
        {
            if (!forIndex)
                yield return (key, literal is null ? variable! : HclBody.Quote(literal));
            else if (literal is null)
                yield return (key, $"\"index,manifest:{key}=${{{variable}}}\"");
            else
                yield return (key, HclBody.Quote($"index,manifest:{key}={literal}"));
        }
    }

    private static void Variable(StringBuilder text, string name, string value)
    {
        new HclBody().String("default", value).WriteBlock(text, $"variable \"{name}\"");
        text.Append('\n');
    }
}
