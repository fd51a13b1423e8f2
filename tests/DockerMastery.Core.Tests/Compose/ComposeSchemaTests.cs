using DockerMastery.Core.Compose;

namespace DockerMastery.Core.Tests.Compose;

public sealed class ComposeSchemaTests
{
    [Fact]
    public void UnknownServiceKeyIsReportedOnItsLine()
    {
        var text = "services:\n  api:\n    image: example/api:2.0\n    restart_policy: always\n";

        var finding = Assert.Single(ComposeReviewer.Review(text).Findings, f
            => f.RuleId == "DC101");

        Assert.Equal(4, finding.Line);
        Assert.Contains("restart_policy", finding.Message, StringComparison.Ordinal);
        Assert.Equal("api", finding.Service);
    }

    [Fact]
    public void WrongTypeIsReportedOnTheValue()
    {
        var text = "services:\n  api:\n    image: example/api:2.0\n    read_only: [yes]\n";

        var finding = Assert.Single(ComposeReviewer.Review(text).Findings, f
            => f.RuleId == "DC101");

        Assert.Equal(4, finding.Line);
        Assert.Contains("read_only", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidServiceNameIsASchemaError()
    {
        var text = "services:\n  \"api server\":\n    image: example/api:2.0\n";

        Assert.Contains(ComposeReviewer.Review(text).Findings, f => f.RuleId == "DC101"
            && f.Line == 2);
    }

    [Fact]
    public void ValidFileHasNoSchemaFindings()
    {
        var text = """
            name: shop
            services:
              api:
                image: example/api:2.0
                ports: ["127.0.0.1:8080:8080"]
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]
                  interval: 10s
                deploy:
                  resources:
                    limits: { cpus: "0.5", memory: 256M }
            """;

        Assert.DoesNotContain(ComposeReviewer.Review(text).Findings, f => f.RuleId == "DC101");
    }
}
