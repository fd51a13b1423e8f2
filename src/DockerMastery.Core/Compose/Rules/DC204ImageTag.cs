namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC204: an image is untagged or tagged <c>latest</c>.</summary>
public sealed class DC204ImageTag : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC204";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "image untagged or :latest";

    /// <inheritdoc />
    public override string Rationale =>
        "An untagged image means :latest, which moves: two hosts pulling on different days run " +
        "different software, and a rollback has nothing to roll back to.";

    /// <inheritdoc />
    public override string Fix =>
        "Pin a version tag (postgres:18.1-trixie), or a digest (image@sha256:...) for full " +
        "reproducibility; use ${TAG:?set TAG} for images your pipeline builds.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          cache:
            image: redis
          db:
            image: postgres:latest
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          cache:
            image: redis:8.2-trixie
          db:
            image: postgres:18.1-trixie
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        if (service.Image is not { } image || service.Definition["image"] is not { } node)
            yield break;

        // Interpolated references are decided at run time; DC105 covers a missing default.
        if (image.Contains('$', StringComparison.Ordinal) || image.Contains('@',
            StringComparison.Ordinal))
            yield break;

        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        if (colon <= slash)
            yield return Finding(node, service.Name,
                $"image '{image}' has no tag (it means :latest)");
        else if (image[(colon + 1)..] == "latest")
            yield return Finding(node, service.Name,
                $"image '{image}' uses the moving :latest tag");
    }
}
