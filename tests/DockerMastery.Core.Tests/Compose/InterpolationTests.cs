using DockerMastery.Core.Compose;
using static DockerMastery.Core.Compose.Interpolation;

namespace DockerMastery.Core.Tests.Compose;

public sealed class InterpolationTests
{
    [Theory]
    [InlineData("$$HOME", UseKind.Escape)]
    [InlineData("$HOME", UseKind.Bare)]
    [InlineData("${HOME}", UseKind.Bare)]
    [InlineData("${TAG:-1.0}", UseKind.Defaulted)]
    [InlineData("${TAG-1.0}", UseKind.Defaulted)]
    [InlineData("${TAG:+x}", UseKind.Defaulted)]
    [InlineData("${TAG:?set TAG}", UseKind.Required)]
    [InlineData("${TAG?set TAG}", UseKind.Required)]
    [InlineData("$(cat x)", UseKind.Invalid)]
    [InlineData("${TAG", UseKind.Invalid)]
    [InlineData("${1X}", UseKind.Invalid)]
    [InlineData("${TAG:=x}", UseKind.Invalid)]
    [InlineData("cost $", UseKind.Invalid)]
    public void ClassifiesTheFirstExpression(string text, UseKind kind)
    {
        Assert.Equal(kind, Scan(text).First().Kind);
    }

    [Fact]
    public void NestedDefaultsAreScannedToo()
    {
        var uses = Scan("${A:-${B}}").ToArray();

        Assert.Equal([UseKind.Defaulted, UseKind.Bare], uses.Select(u => u.Kind));
        Assert.Equal("B", uses[1].Name);
    }
}
