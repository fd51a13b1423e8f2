using DockerMastery.Core.Compose;

namespace DockerMastery.Core.Tests.Compose;

public sealed class ComposeTemplatesTests
{
    [Fact]
    public void TemplatesAreTheGeneratorsCleanOutput()
    {
        var stack = ComposeTemplates.Render(ComposeTemplates.FullStack);
        var development = ComposeTemplates.Render(ComposeTemplates.Development);

        Assert.Empty(ComposeReviewer.Review(stack).Findings);
        Assert.Empty(ComposeReviewer.Review(development, [stack]).Findings);
        Assert.Contains("pg_isready", stack, StringComparison.Ordinal);
        Assert.Contains("profiles: [monitoring]", stack, StringComparison.Ordinal);
        Assert.Contains("--reload", development, StringComparison.Ordinal);
        Assert.Equal(stack, ComposeTemplates.Render(ComposeTemplates.FullStack));
        Assert.Throws<ArgumentException>(() => ComposeTemplates.Render("compose.yml"));
    }
}
