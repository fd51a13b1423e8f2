namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC105: a variable is interpolated with neither a default nor an error.</summary>
public sealed class DC105InterpolationWithoutDefault : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC105";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "interpolation without default or error";

    /// <inheritdoc />
    public override string Rationale =>
        "An unset ${VAR} becomes an empty string with only a warning in the log: an image " +
        "reference loses its tag, a port mapping loses its host port, a path points at the root.";

    /// <inheritdoc />
    public override string Fix =>
        "Write ${VAR:-default} when a default is safe, or ${VAR:?explain what to set} when the " +
        "value must be provided; write $$ for a literal dollar.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:${TAG}
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:${TAG:?set TAG to the release to run}
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        foreach (var scalar in file.Values())
        {
            foreach (var use in Interpolation.Scan(scalar.Value))
            {
                if (use.Kind == Interpolation.UseKind.Bare)
                {
                    yield return Finding(scalar, null,
                        $"'${{{use.Name}}}' has no default and no error message");
                }
            }
        }
    }
}
