using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules)
            data.Add(rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Bad_example_fires_and_good_example_does_not(string id)
    {
        var rule = RuleCatalog.Rules.Single(r => r.Id == id);
        var options = new ReviewOptions
        {
            ContextFiles = ["Dockerfile", "package.json"],
            SeverityOverrides = new Dictionary<string, Severity> { [id] = rule.Severity },
            TrustedRegistries = ["docker.io", "gcr.io"],
            LabelSchema = rule.Id.StartsWith("DL30", StringComparison.Ordinal) ? LabelSchemaFor(rule.Id) : new Dictionary<string, string>(),
            StrictLabels = rule.Id == "DL3050",
        };

        var bad = DockerfileReviewer.Review(rule.Bad, options).Findings.Where(f => f.RuleId == id);
        var good = DockerfileReviewer.Review(rule.Good, options with { ContextFiles = ["Dockerfile", ".dockerignore"] })
            .Findings.Where(f => f.RuleId == id);

        Assert.NotEmpty(bad);
        Assert.Empty(good);
    }

    // The label rules need a schema: each checks one label type.
    private static Dictionary<string, string> LabelSchemaFor(string id) => id switch
    {
        "DL3049" or "DL3050" or "DL3051" => new() { ["maintainer"] = "text" },
        "DL3052" => new() { ["org.opencontainers.image.source"] = "url" },
        "DL3053" => new() { ["org.opencontainers.image.created"] = "rfc3339" },
        "DL3054" => new() { ["org.opencontainers.image.licenses"] = "spdx" },
        "DL3055" => new() { ["org.opencontainers.image.revision"] = "hash" },
        "DL3056" => new() { ["org.opencontainers.image.version"] = "semver" },
        "DL3058" => new() { ["maintainer"] = "email" },
        _ => [],
    };

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Documentation_has_every_section(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;

        Assert.Equal(descriptor.Id, id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Fix));
        foreach (var section in new[] { "## What it checks", "## Why it matters", "## Bad", "## Good", "## How to fix" })
            Assert.Contains(section, descriptor.Documentation, StringComparison.Ordinal);
        Assert.Equal($"docker-mastery://rules/{id}", descriptor.DocsUri);
    }

    [Fact]
    public void Ids_and_aliases_are_unique()
    {
        var names = RuleCatalog.All.SelectMany(r => r.Aliases.Prepend(r.Id)).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Find_resolves_aliases_case_insensitively()
    {
        Assert.Equal("DL3025", RuleCatalog.Find("jsonargsrecommended")?.Id);
        Assert.Equal("DL3008", RuleCatalog.Find("dl3008")?.Id);
        Assert.Null(RuleCatalog.Find("DL9999"));
    }
}
