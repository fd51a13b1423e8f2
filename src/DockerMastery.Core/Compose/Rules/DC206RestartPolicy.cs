namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC206: a service has no restart policy.</summary>
public sealed class DC206RestartPolicy : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC206";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "no restart policy";

    /// <inheritdoc />
    public override string Rationale =>
        "The default policy is \"no\": a service that crashes, or a host that reboots, leaves " +
        "the stack down until someone notices.";

    /// <inheritdoc />
    public override string Fix =>
        "Set restart: unless-stopped (or on-failure for jobs), or deploy.restart_policy.";

    /// <inheritdoc />
    public override bool ChecksPartialServices => false;

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
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
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        if (service.Definition["restart"] is null
            && service.MappingAt("deploy.restart_policy") is null)
            yield return Finding(service.Key, service.Name,
                $"service '{service.Name}' has no restart policy");
    }
}
