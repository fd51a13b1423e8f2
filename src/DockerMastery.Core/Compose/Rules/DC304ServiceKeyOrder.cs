namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC304: a service's keys out of the conventional order (dclint's groups).</summary>
public sealed class DC304ServiceKeyOrder : ComposeRule
{
    /// <summary>The order: what it is, what it needs, its data, its environment, its network,
    /// how it runs, how it is watched, who it runs as; other keys after these.</summary>
    public static readonly IReadOnlyList<string> Order =
    [
        "image", "build", "container_name", "depends_on", "volumes", "volumes_from", "configs",
        "secrets", "environment", "env_file", "ports", "networks", "network_mode", "extra_hosts",
        "command", "entrypoint", "working_dir", "restart", "healthcheck", "logging", "labels",
        "user", "isolation",
    ];

    /// <inheritdoc />
    public override string Id => "DC304";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Style;

    /// <inheritdoc />
    public override string Title => "service keys out of order";

    /// <inheritdoc />
    public override string Rationale =>
        "A service reads top-down when its keys follow one order: image and build, " +
        "dependencies, data, environment, networking, runtime, health and logging, user; any " +
        "other key after those.";

    /// <inheritdoc />
    public override string Fix => "Move the key to its place in the order above.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            restart: unless-stopped
            image: example/api:2.0
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            restart: unless-stopped
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service) =>
        KeyOrder.OutOfOrder(service.Definition.Entries, Order).Select(e => Finding(e.Key,
            service.Name,
            $"key '{e.Key.Value}' of service '{service.Name}' is out of order"));
}
