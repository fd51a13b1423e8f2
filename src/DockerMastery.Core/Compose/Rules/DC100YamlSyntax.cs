namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC100: the text is not well-formed YAML. Reported by the reader, before any rule
/// runs.</summary>
public sealed class DC100YamlSyntax : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC100";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "YAML syntax error";

    /// <inheritdoc />
    public override string Rationale =>
        "Compose cannot read the file at all: an unclosed bracket or quote, a tab used for " +
        "indentation, a duplicate key or a second document.";

    /// <inheritdoc />
    public override string Fix => "Correct the YAML at the line and column given.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            ports: ["8080:8080"
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            ports: ["8080:8080"]
        """;

    /// <summary>Syntax is checked while reading; on a parsed file this rule has nothing to
    /// add.</summary>
    public override IEnumerable<ComposeFinding> Check(ComposeFile file) => [];
}
