using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Review;

public class RuleCaseTests
{
    public static TheoryData<RuleCase> Cases()
    {
        var data = new TheoryData<RuleCase>();
        foreach (var ruleCase in RuleCase.All())
            data.Add(ruleCase);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_the_expected_result(RuleCase ruleCase)
    {
        Assert.NotNull(RuleCatalog.Find(ruleCase.RuleId));
        var findings = DockerfileReviewer.Review(ruleCase.Dockerfile, ruleCase.Options).Findings
            .Where(f => f.RuleId == ruleCase.RuleId).ToArray();

        if (!ruleCase.Fires)
        {
            Assert.True(findings.Length == 0,
                $"{ruleCase} should pass but got: {string.Join("; ", findings.Select(f => $"{f.Line}: {f.Message}"))}");
            return;
        }

        Assert.True(findings.Length > 0, $"{ruleCase} should fire but did not");
        if (ruleCase.Line is { } line)
            Assert.Contains(findings, f => f.Line == line);
    }

    [Fact]
    public void Every_rule_has_two_firing_and_two_passing_cases()
    {
        var cases = RuleCase.All();
        var missing = RuleCatalog.All
            .Where(r => cases.Count(c => c.RuleId == r.Id && c.Fires) < 2 ||
                        cases.Count(c => c.RuleId == r.Id && !c.Fires) < 2)
            .Select(r => r.Id)
            .ToArray();
        Assert.True(missing.Length == 0, "rules without 2+2 cases: " + string.Join(", ", missing));
    }
}
