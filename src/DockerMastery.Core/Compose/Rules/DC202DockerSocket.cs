namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC202: the Docker socket is mounted into a service.</summary>
public sealed class DC202DockerSocket : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC202";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "Docker socket mounted";

    /// <inheritdoc />
    public override string Rationale =>
        "Whoever can talk to the Docker socket can start a privileged container with the host's " +
        "root filesystem mounted: the mount is root on the host, read-only or not.";

    /// <inheritdoc />
    public override string Fix =>
        "Do not mount docker.sock. Use the tool's file or API provider, or put a socket proxy " +
        "that allows only the read-only endpoints it needs between the service and the daemon.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          proxy:
            image: traefik:v3.5
            volumes:
              - /var/run/docker.sock:/var/run/docker.sock:ro
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          proxy:
            image: traefik:v3.5
            volumes:
              - ./traefik/dynamic.yml:/etc/traefik/dynamic.yml:ro
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var mount in VolumeMount.Of(service))
        {
            if (mount.Source.EndsWith("docker.sock", StringComparison.Ordinal) ||
                mount.Source.EndsWith("docker_engine", StringComparison.Ordinal))
            {
                yield return Finding(mount.Node, service.Name,
                    $"service '{service.Name}' mounts the Docker socket '{mount.Source}'");
            }
        }
    }
}
