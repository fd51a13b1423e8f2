using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class PragmaTests
{
    private const string Apt = "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*";

    private static string[] Ids(string text, ReviewOptions? options = null) =>
        DockerfileReviewer.Review(text, options).Findings.Select(f => $"{f.RuleId}@{f.Line}").ToArray();

    [Fact]
    public void Ignore_pragma_silences_the_next_instruction_only()
    {
        var text = $"FROM debian:12-slim\n# hadolint ignore=DL3008,DL3015\n{Apt}\n{Apt}\n";

        var ids = Ids(text);

        Assert.DoesNotContain("DL3008@3", ids);
        Assert.DoesNotContain("DL3015@3", ids);
        Assert.Contains("DL3008@4", ids);
        Assert.Contains("DL3015@4", ids);
    }

    [Fact]
    public void Pragma_with_spaces_and_our_own_prefix_work()
    {
        var text = $"FROM debian:12-slim\n#  hadolint ignore=DL3008, DL3015\n{Apt}\n# docker-mastery ignore=DL3059\n{Apt}\n";

        var ids = Ids(text);

        Assert.DoesNotContain("DL3008@3", ids);
        Assert.DoesNotContain("DL3015@3", ids);
        Assert.DoesNotContain("DL3059@5", ids);
    }

    [Fact]
    public void Global_ignore_silences_the_whole_file_and_aliases_count()
    {
        var text = $"# hadolint global ignore=DL3008,JSONArgsRecommended\nFROM debian:12-slim\n{Apt}\nCMD bash\n";

        var ids = Ids(text);

        Assert.DoesNotContain(ids, i => i.StartsWith("DL3008", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, i => i.StartsWith("DL3025", StringComparison.Ordinal));
        Assert.Contains(ids, i => i.StartsWith("DL3015", StringComparison.Ordinal));
    }

    [Fact]
    public void Pragma_inside_a_continuation_applies_to_that_instruction()
    {
        var text = "FROM debian:12-slim\nRUN apt-get update \\\n  # hadolint ignore=DL3008\n  && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n";

        Assert.DoesNotContain(Ids(text), i => i.StartsWith("DL3008", StringComparison.Ordinal));
    }

    [Fact]
    public void Disable_ignore_pragma_option_restores_the_findings()
    {
        var text = $"FROM debian:12-slim\n# hadolint ignore=DL3008\n{Apt}\n";

        Assert.Contains("DL3008@3", Ids(text, new ReviewOptions { DisableIgnorePragma = true }));
    }

    [Fact]
    public void Shell_pragma_turns_the_shell_rules_off()
    {
        var text = "# hadolint shell=powershell\nFROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN apt-get install curl\n";

        Assert.DoesNotContain(Ids(text), i => i.StartsWith("DL3008", StringComparison.Ordinal));
    }

    [Fact]
    public void Buildkit_check_skip_directive_turns_checks_off()
    {
        var text = "# check=skip=StageNameCasing,JSONArgsRecommended\nFROM alpine:3.20 AS Build\nCMD sh\n";

        var ids = Ids(text);

        Assert.DoesNotContain(ids, i => i.StartsWith("StageNameCasing", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, i => i.StartsWith("DL3025", StringComparison.Ordinal));
    }

    [Fact]
    public void Disabled_rule_runs_only_with_an_override()
    {
        var text = "FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n";

        Assert.DoesNotContain(Ids(text), i => i.StartsWith("DL1001", StringComparison.Ordinal));
        var options = new ReviewOptions { SeverityOverrides = new Dictionary<string, Severity> { ["DL1001"] = Severity.Warning } };
        var finding = DockerfileReviewer.Review(text, options).Findings.Single(f => f.RuleId == "DL1001");
        Assert.Equal(Severity.Warning, finding.Severity);
    }
}
