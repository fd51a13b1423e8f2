namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC203: a service shares the host's network, PID or IPC namespace.</summary>
public sealed class DC203HostNamespace : ComposeRule
{
    private static readonly string[] Keys = ["network_mode", "pid", "ipc", "userns_mode", "uts"];

    /// <inheritdoc />
    public override string Id => "DC203";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "host namespace shared";

    /// <inheritdoc />
    public override string Rationale =>
        "network_mode: host bypasses the stack's networks and publishes every listening port on " +
        "every host interface; pid: host lets the container see and signal host processes; " +
        "ipc, uts and userns host modes remove further isolation.";

    /// <inheritdoc />
    public override string Fix =>
        "Attach the service to the stack's networks and publish only the ports it serves; " +
        "remove pid/ipc/uts/userns_mode: host.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            network_mode: host
            pid: host
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            networks: [frontend]
        networks:
          frontend: {}
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var key in Keys)
        {
            if (service.Definition.Entry(key) is { } entry && service.Text(key) == "host")
            {
                yield return Finding(entry.Value, service.Name,
                    $"service '{service.Name}' shares the host's namespace ({key}: host)");
            }
        }
    }
}
