using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Tests.Catalog;

public class VersionCatalogTests
{
    [Fact]
    public void EveryImageInTheCatalogIsAValidReference()
    {
        foreach (var (key, image) in VersionCatalog.Default.Images)
        {
            if (image.Repository == "scratch")
                continue;
            Assert.True(ImageReference.IsValid(image.ToString()), $"{key}: {image}");
        }
    }

    [Fact]
    public void ReviewedDateIsAnIsoDate()
    {
        Assert.True(DateOnly.TryParseExact(VersionCatalog.Default.Reviewed, "yyyy-MM-dd", out _));
    }

    [Fact]
    public void EveryActionIsPinnedToAFullSha()
    {
        Assert.NotEmpty(VersionCatalog.Default.Actions);
        foreach (var action in VersionCatalog.Default.Actions.Values)
            Assert.Matches("^[0-9a-f]{40}$", action.Sha);
    }

    [Fact]
    public void OverrideReplacesOneImageAndLeavesTheRest()
    {
        var catalog = VersionCatalog.Default.With(new Dictionary<string, string>
        {
            ["images.python.build"] = "mirror.example.com:5000/python:3.14-slim",
        });

        Assert.Equal("mirror.example.com:5000/python", catalog.Image("python.build").Repository);
        Assert.Equal(VersionCatalog.Default.Image("go.build"), catalog.Image("go.build"));
    }

    [Theory]
    [InlineData("python:3.14\nRUN rm -rf /")]
    [InlineData("python:3.14 AS evil")]
    [InlineData("UPPER/case:1")]
    [InlineData("")]
    public void OverrideRefusesWhatIsNotAnImageReference(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => VersionCatalog.Default.With(
            new Dictionary<string, string> { ["images.python.build"] = value }));
        Assert.Contains("images.python.build", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("python:3.14-slim-trixie", true)]
    [InlineData("gcr.io/distroless/static-debian13:nonroot", true)]
    [InlineData("localhost:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("python:3.14;touch x", false)]
    [InlineData("python:", false)]
    [InlineData("python:3.14\n", false)]
    [InlineData("python:3.14\r\n", false)]
    public void ImageReferenceGrammar(string text, bool valid)
    {
        Assert.Equal(valid, ImageReference.IsValid(text));
    }
}
