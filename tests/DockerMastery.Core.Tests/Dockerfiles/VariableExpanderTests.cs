using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Tests.Dockerfiles;

public class VariableExpanderTests
{
    private static readonly Dictionary<string, string?> Variables = new()
    {
        ["IMAGE"] = "alpine:3.20",
        ["EMPTY"] = "",
        ["DIGEST"] = "sha256:abc",
        ["UNSET"] = null,
    };

    [Theory]
    [InlineData("$IMAGE", "alpine:3.20")]
    [InlineData("${IMAGE}-x", "alpine:3.20-x")]
    [InlineData("${UNSET:-python}", "python")]
    [InlineData("${EMPTY:-python}", "python")]
    [InlineData("${IMAGE:+set}", "set")]
    [InlineData("${EMPTY:+set}", "")]
    [InlineData("${IMAGE}${DIGEST:+@${DIGEST}}", "alpine:3.20@sha256:abc")]
    [InlineData("${IMAGE}${EMPTY:+@${EMPTY}}", "alpine:3.20")]
    [InlineData("${NOPE}x", "x")]
    [InlineData("${unclosed", "${unclosed")]
    [InlineData("price $ 5", "price $ 5")]
    public void Expands_like_the_frontend(string text, string expected)
    {
        Assert.Equal(expected, VariableExpander.Expand(text, Variables));
    }

    [Fact]
    public void References_lists_every_variable_name()
    {
        Assert.Equal(["IMAGE", "DIGEST", "DIGEST"], VariableExpander.References("${IMAGE}${DIGEST:+@${DIGEST}}"));
    }
}
