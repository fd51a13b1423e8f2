using System.Text.RegularExpressions;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Generation;

public class TemplateTests
{
    [Fact]
    public void EveryLanguageHasAnEmbeddedTemplate()
    {
        foreach (var language in DockerfileGenerator.Languages)
        {
            Assert.Contains($"dockerfile-{language.Name()}.sbn", TemplateRenderer.Names);
        }
    }

    [Fact]
    public void NoTemplateNamesAVersionTheCatalogShouldOwn()
    {
        // Versions look like 3.14, 1.26, 24-alpine, :25-jdk; all of them come from the catalog.
        var version = new Regex(@"\b\d+\.\d+(\.\d+)?\b|:\d+(-[a-z]+)*\b|@\d");
        foreach (var name in TemplateRenderer.Names)
        {
            var source = TemplateRenderer.Source(name);
            // Protocol versions (HTTP/1.0 in a probe) are not catalog versions.
            var lines = Regex.Replace(source, @"HTTP/\d\.\d", "HTTP").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.False(version.IsMatch(lines[i]),
                    $"{name}:{i + 1} names a version literal: {lines[i].Trim()}");
            }
        }
    }

    [Fact]
    public void HeredocBodiesHoldNothingBuildKitWouldExpand()
    {
        // An unquoted heredoc expands $VARIABLES and eats backslash escapes ("\r\n" became
        // "rn" in a probe once); the probe sources avoid both.
        foreach (var name in TemplateRenderer.Names)
        {
            var inBody = false;
            var lines = TemplateRenderer.Source(name).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("COPY <<EOF", StringComparison.Ordinal))
                {
                    inBody = true;
                    continue;
                }

                if (lines[i] == "EOF")
                    inBody = false;
                else if (inBody)
                    Assert.False(lines[i].Contains('\\') || lines[i].Contains('$'),
                        $"{name}:{i + 1} has a backslash or $ inside a heredoc: {lines[i].Trim()}");
            }
        }
    }

    [Fact]
    public void NormalizeKeepsContinuedInstructionsTogetherAndOneBlankLine()
    {
        var text = TemplateRenderer.Normalize("FROM a  \n\n\n\nRUN x \\\n\n    y\n\n\n");
        Assert.Equal("FROM a\n\nRUN x \\\n    y\n", text);
    }
}
