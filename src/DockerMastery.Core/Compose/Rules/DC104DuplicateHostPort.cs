namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC104: two bindings publish the same host port.</summary>
public sealed class DC104DuplicateHostPort : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC104";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "duplicate host port";

    /// <inheritdoc />
    public override string Rationale =>
        "Only one listener can own a host address and port: the second service fails with " +
        "\"port is already allocated\" when the stack starts.";

    /// <inheritdoc />
    public override string Fix
        => "Give each binding its own host port, or bind different host addresses.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          web:
            image: example/web:1.0
            ports: ["127.0.0.1:8080:80"]
          admin:
            image: example/admin:1.0
            ports: ["8080:3000"]
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          web:
            image: example/web:1.0
            ports: ["127.0.0.1:8080:80"]
          admin:
            image: example/admin:1.0
            ports: ["127.0.0.1:8081:3000"]
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        var taken = new List<(string Service, PortBinding Binding, int Port)>();
        foreach (var service in file.Services)
        {
            foreach (var binding in PortBinding.Of(service))
            {
                foreach (var port in binding.PublishedPorts())
                {
                    var clash = taken.FirstOrDefault(t => t.Port == port &&
                        t.Binding.Protocol == binding.Protocol && Overlaps(t.Binding, binding));
                    if (clash.Binding is not null)
                    {
                        yield return Finding(binding.Node, service.Name,
                            $"host port {port}/{binding.Protocol} of service '{service.Name}' is " +
                            $"already published by service '{clash.Service}'");
                        break;
                    }

                    taken.Add((service.Name, binding, port));
                }
            }
        }
    }

    private static bool Overlaps(PortBinding a, PortBinding b) =>
        a.IsAllInterfaces || b.IsAllInterfaces || a.HostIp == b.HostIp;
}
