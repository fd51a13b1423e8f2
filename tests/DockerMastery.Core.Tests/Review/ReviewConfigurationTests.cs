using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class ReviewConfigurationTests
{
    [Fact]
    public void Every_hadolint_key_is_read()
    {
        var configuration = ReviewConfiguration.Parse("""
            failure-threshold: error
            no-fail: true
            format: sarif
            ignored:
              - DL3008
              - SC2086
            override:
              error: [DL3015]
              style:
                - DL3059
            trustedRegistries:
              - docker.io
              - "*.example.com"
            label-schema:
              maintainer: email
              org.opencontainers.image.version: semver
            strict-labels: true
            disable-ignore-pragma: true
            """);

        Assert.Empty(configuration.Errors);
        Assert.Equal(Severity.Error, configuration.FailureThreshold);
        Assert.True(configuration.NoFail);
        Assert.Equal("sarif", configuration.Format);
        var options = configuration.Options;
        Assert.Equal(["DL3008", "SC2086"], options.Ignored);
        Assert.Equal(Severity.Error, options.SeverityOverrides["DL3015"]);
        Assert.Equal(Severity.Style, options.SeverityOverrides["DL3059"]);
        Assert.Equal(["docker.io", "*.example.com"], options.TrustedRegistries);
        Assert.Equal("email", options.LabelSchema["maintainer"]);
        Assert.True(options.StrictLabels);
        Assert.True(options.DisableIgnorePragma);
    }

    [Fact]
    public void Configuration_changes_the_review()
    {
        var options = ReviewConfiguration.Parse("ignored: [DL3006]\noverride:\n  error: [DM001]\n").Options;

        var findings = DockerfileReviewer.Review("FROM ubuntu\nCMD [\"bash\"]\n", options).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "DL3006");
        Assert.Equal(Severity.Error, findings.Single(f => f.RuleId == "DM001").Severity);
    }

    [Theory]
    [InlineData("ignored: [DL9999]\n", "1: unknown rule id 'DL9999'")]
    [InlineData("failure-threshold: loud\n", "1: failure-threshold must be")]
    [InlineData("ignored: []\ncolour: red\n", "2: unknown key 'colour'")]
    [InlineData("override:\n  fatal: [DL3008]\n", "2: 'fatal' is not a severity")]
    [InlineData("label-schema:\n  maintainer: phone\n", "2: label type 'phone'")]
    [InlineData("ignored: [DL3008\n", ".hadolint.yaml:")]
    [InlineData("- a\n- b\n", "must be a mapping")]
    public void Errors_name_the_line(string yaml, string expected)
    {
        var errors = ReviewConfiguration.Parse(yaml).Errors;

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_file_is_the_default_configuration()
    {
        var configuration = ReviewConfiguration.Parse("");

        Assert.Empty(configuration.Errors);
        Assert.Equal(Severity.Warning, configuration.FailureThreshold);
    }
}
