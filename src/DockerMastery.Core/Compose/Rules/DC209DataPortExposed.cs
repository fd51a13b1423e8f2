namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC209: a data service's port is published on every host interface.</summary>
public sealed class DC209DataPortExposed : ComposeRule
{
    /// <summary>Container ports of databases, caches and brokers.</summary>
    public static readonly IReadOnlySet<int> DataPorts = new HashSet<int>
    {
        5432, 3306, 6379, 27017, 27018, 5672, 15672, 9200, 9300, 11211, 2379, 9042, 8086, 5984,
        7687, 1433, 1521, 26257, 4222,
    };

    /// <inheritdoc />
    public override string Id => "DC209";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "data port on all interfaces";

    /// <inheritdoc />
    public override string Rationale =>
        "A published port without a host address listens on 0.0.0.0, and Docker's iptables " +
        "rules put it in front of the host firewall: the database is reachable from the network.";

    /// <inheritdoc />
    public override string Fix =>
        "Do not publish data ports in production; for local tools bind loopback only: " +
        "\"127.0.0.1:5432:5432\".";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          db:
            image: postgres:18.1-trixie
            ports:
              - "5432:5432"
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          db:
            image: postgres:18.1-trixie
            ports:
              - "127.0.0.1:5432:5432"
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var port in PortBinding.Of(service))
        {
            if (port.IsAllInterfaces && port.TargetPort is { } target && DataPorts.Contains(target))
            {
                yield return Finding(port.Node, service.Name,
                    $"service '{service.Name}' publishes data port {target} on every host " +
                        $"interface");
            }
        }
    }
}
