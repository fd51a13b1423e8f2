namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC101: the file does not match the Compose Specification's JSON schema.</summary>
public sealed class DC101SchemaViolation : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC101";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "not valid Compose";

    /// <inheritdoc />
    public override string Rationale =>
        "A misspelt key, a value of the wrong type or a key in the wrong place: Compose " +
        "refuses the file, or an older Compose ignores what the author meant.";

    /// <inheritdoc />
    public override string Fix => "Correct the key or value named to the Compose Specification.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            restart_policy: always
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            restart: always
        """;

    /// <summary>The schema is checked by <see cref="Schema.ComposeSchema"/> on the raw
    /// tree.</summary>
    public override IEnumerable<ComposeFinding> Check(ComposeFile file) =>
        Schema.ComposeSchema.Validate(file.Source);
}
