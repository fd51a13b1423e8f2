namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC301: the obsolete top-level <c>version:</c> key.</summary>
public sealed class DC301ObsoleteVersion : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC301";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Style;

    /// <inheritdoc />
    public override string Title => "obsolete version key";

    /// <inheritdoc />
    public override string Rationale =>
        "The Compose Specification ignores version:; Compose v2 warns that it is obsolete, and " +
        "it misleads readers into thinking features depend on it.";

    /// <inheritdoc />
    public override string Fix => "Delete the version: line.";

    /// <inheritdoc />
    public override string BadExample => """
        version: "3.8"
        services:
          api:
            image: example/api:2.0
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        if (file.Root.Entry("version") is { } entry)
            yield return Finding(entry.Key, null, "the top-level version: key is obsolete");
    }
}
