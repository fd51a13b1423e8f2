namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC303: top-level keys out of the conventional order.</summary>
public sealed class DC303TopLevelOrder : ComposeRule
{
    /// <summary>The conventional order; <c>x-</c> extensions come first.</summary>
    public static readonly IReadOnlyList<string> Order =
        ["x-", "version", "name", "include", "services", "models", "networks", "volumes", "secrets",
            "configs"];

    /// <inheritdoc />
    public override string Id => "DC303";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Style;

    /// <inheritdoc />
    public override string Title => "top-level keys out of order";

    /// <inheritdoc />
    public override string Rationale =>
        "Files that share one order read faster and diff cleanly: extensions (x-) first, then " +
        "name, include, services, networks, volumes, secrets, configs.";

    /// <inheritdoc />
    public override string Fix => "Move the key to its place in the order above.";

    /// <inheritdoc />
    public override string BadExample => """
        volumes:
          data: {}
        services:
          api:
            image: example/api:2.0
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
        volumes:
          data: {}
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file) =>
        KeyOrder.OutOfOrder(file.Root.Entries, Order)
            .Select(e => Finding(e.Key, null, $"top-level key '{e.Key.Value}' is out of order"));
}
