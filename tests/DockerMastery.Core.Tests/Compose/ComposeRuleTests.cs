using DockerMastery.Core.Compose;

namespace DockerMastery.Core.Tests.Compose;

public sealed class ComposeRuleTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in ComposeReviewer.Rules)
            data.Add(rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void BadExampleFires(string id)
    {
        var rule = ComposeReviewer.Rule(id)!;

        var review = ComposeReviewer.Review(rule.BadExample);

        Assert.Contains(review.Findings, f => f.RuleId == id);
        Assert.All(review.Findings.Where(f => f.RuleId == id), f => Assert.Equal(rule.Severity,
            f.Severity));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void GoodExampleStaysQuiet(string id)
    {
        var rule = ComposeReviewer.Rule(id)!;

        var review = ComposeReviewer.Review(rule.GoodExample);

        Assert.DoesNotContain(review.Findings, f => f.RuleId == id);
        Assert.DoesNotContain(review.Findings, f => f.RuleId is "DC100" or "DC101");
    }

    [Fact]
    public void EveryRuleHasDocumentation()
    {
        Assert.True(ComposeReviewer.Rules.Count >= 22);
        foreach (var rule in ComposeReviewer.Rules)
        {
            Assert.Matches("^DC[0-9]{3}$", rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale));
            Assert.Contains(rule.Id, rule.ToMarkdown(), StringComparison.Ordinal);
            Assert.Contains("## Fix", rule.ToMarkdown(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FindingsCarryLinesOfTheOffendingNode()
    {
        var text = "services:\n  api:\n    image: example/api:2.0\n    privileged: true\n";

        var finding = Assert.Single(ComposeReviewer.Review(text).Findings, f
            => f.RuleId == "DC201");

        Assert.Equal(4, finding.Line);
        Assert.Equal(5, finding.Column);
        Assert.Equal("api", finding.Service);
    }

    [Fact]
    public void SocketMountedInLongSyntaxFires()
    {
        var text = """
            services:
              ci:
                image: example/ci:1.0
                volumes:
                  - type: bind
                    source: /run/docker.sock
                    target: /var/run/docker.sock
            """;

        Assert.Contains(ComposeReviewer.Review(text).Findings, f => f.RuleId == "DC202"
            && f.Line == 6);
    }

    [Theory]
    [InlineData("\"0.0.0.0:6379:6379\"", true)]
    [InlineData("\"[::]:27017:27017\"", true)]
    [InlineData("{ target: 5432, published: \"5432\" }", true)]
    [InlineData("{ target: 5432, published: \"5432\", host_ip: 127.0.0.1 }", false)]
    [InlineData("\"[::1]:3306:3306\"", false)]
    [InlineData("\"8080:8080\"", false)]
    [InlineData("\"${DB_PORT:-5432}:5432\"", true)]
    [InlineData("\"127.0.0.1:${DB_PORT:-5432}:5432\"", false)]
    public void DataPortsOnEveryInterface(string port, bool fires)
    {
        var text = $"services:\n  db:\n    image: example/db:1.0\n    ports:\n      - {port}\n";

        var review = ComposeReviewer.Review(text);

        Assert.Equal(fires, review.Findings.Any(f => f.RuleId == "DC209"));
        Assert.DoesNotContain(review.Findings, f => f.RuleId == "DC101");
    }

    [Theory]
    [InlineData("DB_PASSWORD: ${DB_PASSWORD:?set it}", true)]
    [InlineData("- GITHUB_TOKEN=abc", true)]
    [InlineData("STRIPE_API_KEY: sk_live_x", true)]
    [InlineData("DB_PASSWORD_FILE: /run/secrets/db", false)]
    [InlineData("- API_TOKEN", false)]
    [InlineData("LOG_LEVEL: info", false)]
    public void SecretsInEnvironment(string line, bool fires)
    {
        var environment = line.StartsWith('-') ? line : line;
        var text = $"services:\n  api:\n    image: example/api:2.0\n    environment:\n      " +
            $"{environment}\n";

        var review = ComposeReviewer.Review(text);

        Assert.Equal(fires, review.Findings.Any(f => f.RuleId == "DC208"));
    }

    [Fact]
    public void CycleThroughThreeServicesIsReportedOnce()
    {
        var text = """
            services:
              a:
                image: example/a:1
                depends_on: { b: { condition: service_started } }
              b:
                image: example/b:1
                depends_on: { c: { condition: service_started } }
              c:
                image: example/c:1
                depends_on: { a: { condition: service_started } }
            """;

        var cycle = Assert.Single(ComposeReviewer.Review(text).Findings, f => f.RuleId == "DC103");

        Assert.Contains("a -> b -> c -> a", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverrideSeesNamesItsBaseDefinesAndDoesNotJudgePartialServices()
    {
        var baseText = """
            services:
              db:
                image: postgres:18.1-trixie
                networks: [backend]
            networks:
              backend: {}
            """;
        var overrideText = """
            services:
              db:
                networks: [backend]
                ports: ["127.0.0.1:5432:5432"]
            """;

        var alone = ComposeReviewer.Review(overrideText);
        var withBase = ComposeReviewer.Review(overrideText, [baseText]);

        Assert.Contains(alone.Findings, f => f.RuleId == "DC102");
        Assert.Contains(alone.Findings, f => f.RuleId == "DC205");
        Assert.DoesNotContain(withBase.Findings, f
            => f.RuleId is "DC102" or "DC205" or "DC206" or "DC207");
    }

    [Fact]
    public void IgnoredRulesAreSkipped()
    {
        var rule = ComposeReviewer.Rule("DC204")!;

        var review = ComposeReviewer.Review(rule.BadExample, ignore: ["dc204"]);

        Assert.DoesNotContain(review.Findings, f => f.RuleId == "DC204");
    }
}
