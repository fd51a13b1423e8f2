using DockerMastery.Core.Generation.Pipelines;

namespace DockerMastery.Core.Tests.Pipelines;

/// <summary>No Jenkins or Groovy parser is available from Debian or npm without a JVM
/// stack, so the Jenkinsfile's structure is checked here: balanced blocks outside strings,
/// the stage order, and no Groovy-interpolated (double-quoted) string.</summary>
public sealed class JenkinsfileTests
{
    private static string Render(RegistryKind registry = RegistryKind.Harbor) =>
        PipelineGenerator.Render(new PipelineOptions
        {
            ProjectName = "shop-api", Ci = CiPlatform.Jenkins, Registry = registry,
            SupplyChain = true, MultiArch = true,
        }).Files.Single(f => f.Path == "Jenkinsfile").Content;

    [Fact]
    public void BlocksBalanceOutsideStrings()
    {
        var text = Render();
        var depth = 0;
        var inTriple = false;
        var inSingle = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!inSingle && string.CompareOrdinal(text, i, "'''", 0, 3) == 0)
            {
                inTriple = !inTriple;
                i += 2;
                continue;
            }

            if (inTriple)
                continue;
            if (text[i] == '\\' && inSingle)
            {
                i++;
                continue;
            }

            if (text[i] == '\'')
                inSingle = !inSingle;
            else if (!inSingle && text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
                i = text.IndexOf('\n', i);
            else if (!inSingle && text[i] == '{')
                depth++;
            else if (!inSingle && text[i] == '}')
                depth--;

            Assert.True(depth >= 0, $"unbalanced '}}' at offset {i}");
        }

        Assert.Equal(0, depth);
        Assert.False(inTriple || inSingle);
    }

    [Fact]
    public void StagesRunInOrderAndReleaseStagesAreGuarded()
    {
        var text = Render();
        string[] stages = ["Lint", "Log in", "Test", "Build", "Scan", "Push", "Sign"];
        var positions = stages.Select(s => text.IndexOf($"stage('{s}')", StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);

        var push = text[positions[5]..positions[6]];
        Assert.Contains("branch 'main'", push);
        Assert.Contains("buildingTag()", push);
        Assert.Contains("--provenance=mode=max --sbom=true", push);
    }

    [Fact]
    public void NoGroovyInterpolation()
    {
        foreach (var registry in Enum.GetValues<RegistryKind>())
        {
            var text = Render(registry);
            var outsideShell = string.Concat(text.Split("'''").Where((_, i) => i % 2 == 0));
            var outsideStrings = System.Text.RegularExpressions.Regex.Replace(
                outsideShell, @"'(?:\\.|[^'\\])*'", "''");
            Assert.DoesNotContain("\"", outsideStrings);
            Assert.Contains("IMAGE_NAME = ''", outsideStrings);
        }
    }
}
