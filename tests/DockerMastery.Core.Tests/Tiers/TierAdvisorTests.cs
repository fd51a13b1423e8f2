using DockerMastery.Core.Tiers;

namespace DockerMastery.Core.Tests.Tiers;

public sealed class TierAdvisorTests
{
    [Fact]
    public void Nothing_known_starts_at_tier_one_with_every_default_assumed()
    {
        var decision = TierAdvisor.Decide(new TierRequirements());

        Assert.Equal(1, decision.Tier);
        Assert.Equal("Single Container", decision.Name);
        Assert.Equal("(none)", Assert.Single(decision.Reasons).Field);
        Assert.All(decision.Defaults.Where(d => d.Setting != "Tier"), d => Assert.True(d.Assumed));
        Assert.Equal("dockerhub", Value(decision, "Registry"));
        Assert.Equal("github-actions", Value(decision, "CI/CD"));
        Assert.Equal("linux/amd64", Value(decision, "Architecture"));
        var user = Value(decision, "User");
        Assert.DoesNotContain("1001,", user + ",", StringComparison.Ordinal);
        Assert.Contains("UID >= 1000", user, StringComparison.Ordinal);
        Assert.Contains("10001", user, StringComparison.Ordinal);
        Assert.Contains("65532", user, StringComparison.Ordinal);
        Assert.Contains("1654", user, StringComparison.Ordinal);
        // Matches the generator, which writes a HEALTHCHECK at every tier.
        Assert.StartsWith("HEALTHCHECK", Value(decision, "Health check"), StringComparison.Ordinal);
        Assert.Equal("references/dockerfile-patterns.md", decision.References[0]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(10, 2)]
    [InlineData(11, 3)]
    [InlineData(50, 3)]
    [InlineData(51, 4)]
    [InlineData(5000, 4)]
    public void Container_count_follows_the_tier_table(int containers, int tier) =>
        Assert.Equal(
            tier, TierAdvisor.Decide(new TierRequirements { ContainerCount = containers }).Tier);

    [Theory]
    [InlineData("learning", 1)]
    [InlineData("Small Team", 2)]
    [InlineData("production", 3)]
    [InlineData("ENTERPRISE", 4)]
    public void Scale_words_are_normalized(string scale, int tier) =>
        Assert.Equal(tier, TierAdvisor.Decide(new TierRequirements { Scale = scale }).Tier);

    [Fact]
    public void The_highest_requirement_wins_and_leads_the_reasons()
    {
        var decision = TierAdvisor.Decide(new TierRequirements
        {
            ContainerCount = 3,
            Security = ["non-root", "sbom"],
            Registry = "Docker Hub",
        });

        Assert.Equal(4, decision.Tier);
        Assert.Equal("security", decision.Reasons[0].Field);
        Assert.Contains("sbom", decision.Reasons[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("dockerhub", Value(decision, "Registry"));
        Assert.False(decision.Defaults.Single(d => d.Setting == "Registry").Assumed);
        Assert.Equal("linux/amd64, linux/arm64", Value(decision, "Architecture"));
    }

    [Fact]
    public void Compliance_multi_arch_and_ci_each_raise_the_tier()
    {
        Assert.Equal(4, TierAdvisor.Decide(new TierRequirements { Compliance = ["pci-dss"] }).Tier);
        Assert.Equal(4, TierAdvisor.Decide(new TierRequirements { MultiArch = true }).Tier);
        Assert.Equal(3, TierAdvisor.Decide(new TierRequirements { Ci = "gitlab-ci" }).Tier);
        Assert.Equal(
            1, TierAdvisor.Decide(new TierRequirements { Ci = "none", MultiArch = false }).Tier);
        Assert.Equal(3, TierAdvisor.Decide(new TierRequirements { Registry = "ecr" }).Tier);
        Assert.Equal(2, TierAdvisor.Decide(new TierRequirements { TeamSize = 5 }).Tier);
    }

    [Fact]
    public void Deliverables_accumulate_and_compose_health_checks_start_at_tier_two()
    {
        var two = TierAdvisor.Decide(new TierRequirements { ContainerCount = 3 });
        var three = TierAdvisor.Decide(new TierRequirements { ContainerCount = 20 });

        Assert.Contains("compose.yaml with all services", two.Deliverables);
        Assert.DoesNotContain("CI/CD pipeline file", two.Deliverables);
        Assert.Contains("compose.yaml with all services", three.Deliverables);
        Assert.Contains("CI/CD pipeline file", three.Deliverables);
        Assert.StartsWith("HEALTHCHECK", Value(two, "Health check"), StringComparison.Ordinal);
        Assert.Contains("every compose service", Value(two, "Health check"), StringComparison.Ordinal);
        Assert.Equal("distroless (or Chainguard)", Value(three, "Final stage"));
        Assert.Equal("references/security-hardening.md", three.References[0]);
    }

    [Theory]
    [InlineData(0, null, null, "containerCount")]
    [InlineData(null, -1, null, "teamSize")]
    [InlineData(null, null, "cosmic", "scale")]
    public void Bad_values_name_their_field(int? containers, int? team, string? scale, string field)
    {
        var error = Assert.Throws<TierInputException>(() => TierAdvisor.Decide(new TierRequirements
        {
            ContainerCount = containers,
            TeamSize = team,
            Scale = scale,
        }));
        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_list_entries_name_their_index()
    {
        var security = Assert.Throws<TierInputException>(() =>
            TierAdvisor.Decide(new TierRequirements { Security = ["scanning", "telepathy"] }));
        Assert.Equal("security[1]", security.Field);
        Assert.Contains("scanning", security.Problem, StringComparison.Ordinal);

        var registry = Assert.Throws<TierInputException>(() =>
            TierAdvisor.Decide(new TierRequirements { Registry = new string('r', 500) }));
        Assert.Equal("registry", registry.Field);
        Assert.True(registry.Message.Length < 300);
    }

    private static string Value(TierDecision decision, string setting) =>
        decision.Defaults.Single(d => d.Setting == setting).Value;
}
