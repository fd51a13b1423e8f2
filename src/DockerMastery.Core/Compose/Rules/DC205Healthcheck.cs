namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC205: a service has no healthcheck.</summary>
public sealed class DC205Healthcheck : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC205";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "no healthcheck";

    /// <inheritdoc />
    public override string Rationale =>
        "Without a healthcheck Compose only knows the process started: depends_on cannot wait " +
        "for service_healthy, `up --wait` returns before the service answers, and a hung " +
        "process is never noticed.";

    /// <inheritdoc />
    public override string Fix =>
        "Add a healthcheck that asks the service itself (pg_isready, redis-cli ping, an HTTP " +
        "probe of the app's health route) with interval, timeout, retries and start_period.";

    /// <inheritdoc />
    public override bool ChecksPartialServices => false;

    /// <inheritdoc />
    public override string BadExample => """
        services:
          db:
            image: postgres:18.1-trixie
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          db:
            image: postgres:18.1-trixie
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U postgres"]
              interval: 10s
              timeout: 5s
              retries: 5
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        if (service.Definition["healthcheck"] is null)
            yield return Finding(service.Key, service.Name,
                $"service '{service.Name}' has no healthcheck");
    }
}
