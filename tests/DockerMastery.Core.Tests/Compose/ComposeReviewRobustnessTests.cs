using DockerMastery.Core.Compose;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Compose;

/// <summary>Mutated compose files never make the reviewer throw: every outcome is
/// findings.</summary>
public sealed class ComposeReviewRobustnessTests
{
    private const string Significant = ":-[]{}&*!|>'\"%@`#,?\t\n $~<=";

    [Fact]
    public void HundredsOfMutationsOfAGeneratedStackGiveFindingsNotExceptions()
    {
        var text = ComposeGenerator.Generate(SkillTemplates.ComposeDefaults).Files
            .Single(f => f.Path == "compose.yaml").Content;
        var random = new Random(20261204);
        var syntaxErrors = 0;

        for (var i = 0; i < 400; i++)
        {
            var mutated = Mutate(text, random, 1 + (i % 4));

            var review = ComposeReviewer.Review(mutated);

            Assert.All(review.Findings, f =>
            {
                Assert.True(f.Line >= 1 && f.Column >= 1, $"{f.RuleId} at {f.Line}:{f.Column}");
                Assert.False(string.IsNullOrWhiteSpace(f.Message));
            });
            syntaxErrors += review.Findings.Count(f => f.RuleId == "DC100");
        }

        Assert.True(syntaxErrors > 20, $"only {syntaxErrors} mutations broke the YAML");
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Significant[random.Next(Significant.Length)]);
                    break;
                default:
                    chars[at] = Significant[random.Next(Significant.Length)];
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
