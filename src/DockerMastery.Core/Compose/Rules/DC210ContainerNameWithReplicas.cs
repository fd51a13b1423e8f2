namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC210: a fixed <c>container_name</c> on a service that runs several replicas.</summary>
public sealed class DC210ContainerNameWithReplicas : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC210";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "container_name with replicas";

    /// <inheritdoc />
    public override string Rationale =>
        "Container names are unique per host: the second replica of a service with a fixed " +
        "container_name fails to start, and so does `up --scale`.";

    /// <inheritdoc />
    public override string Fix => "Remove container_name and let Compose name the replicas.";

    /// <inheritdoc />
    public override bool ChecksPartialServices => false;

    /// <inheritdoc />
    public override string BadExample => """
        services:
          worker:
            image: example/worker:3.1
            container_name: worker
            deploy:
              replicas: 3
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          worker:
            image: example/worker:3.1
            deploy:
              replicas: 3
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        if (service.Definition.Entry("container_name") is not { } entry)
            yield break;
        var replicas = service.MappingAt("deploy")?.Text("replicas") ?? service.Text("scale");
        if (int.TryParse(replicas, out var count) && count > 1)
        {
            yield return Finding(entry.Key, service.Name,
                $"service '{service.Name}' fixes container_name but asks for {count} replicas");
        }
    }
}
