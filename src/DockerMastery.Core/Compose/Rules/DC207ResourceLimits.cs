namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC207: a service has no memory limit.</summary>
public sealed class DC207ResourceLimits : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC207";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "no resource limits";

    /// <inheritdoc />
    public override string Rationale =>
        "A service without a memory limit can take the host's memory; the kernel's OOM killer " +
        "then picks a victim that may be the database next to it. A CPU limit keeps one busy " +
        "service from starving the rest.";

    /// <inheritdoc />
    public override string Fix =>
        "Set deploy.resources.limits.memory (and cpus), or mem_limit and cpus, sized from " +
        "observed use with headroom.";

    /// <inheritdoc />
    public override bool ChecksPartialServices => false;

    /// <inheritdoc />
    public override string BadExample => """
        services:
          worker:
            image: example/worker:3.1
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          worker:
            image: example/worker:3.1
            deploy:
              resources:
                limits:
                  cpus: "1.0"
                  memory: 512M
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        var limits = service.MappingAt("deploy.resources.limits");
        if (limits?["memory"] is null && service.Definition["mem_limit"] is null)
        {
            yield return Finding(service.Key, service.Name,
                $"service '{service.Name}' has no memory limit");
        }
    }
}
