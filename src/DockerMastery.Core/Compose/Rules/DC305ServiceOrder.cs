namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC305: services not in alphabetical order.</summary>
public sealed class DC305ServiceOrder : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC305";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Style;

    /// <inheritdoc />
    public override string Title => "services not alphabetical";

    /// <inheritdoc />
    public override string Rationale =>
        "In a long file an alphabetical list of services is the one order a reader can search " +
        "without knowing the stack.";

    /// <inheritdoc />
    public override string Fix => "Sort the services by name.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          web:
            image: example/web:1.0
          api:
            image: example/api:2.0
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
          web:
            image: example/web:1.0
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        for (var i = 1; i < file.Services.Count; i++)
        {
            var previous = file.Services[i - 1];
            var service = file.Services[i];
            if (string.CompareOrdinal(previous.Name, service.Name) > 0)
            {
                yield return Finding(service.Key, service.Name,
                    $"service '{service.Name}' comes after '{previous.Name}'");
            }
        }
    }
}
