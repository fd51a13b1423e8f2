using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC211: <c>depends_on</c> without a condition.</summary>
public sealed class DC211DependsOnCondition : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC211";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Warning;

    /// <inheritdoc />
    public override string Title => "depends_on without condition";

    /// <inheritdoc />
    public override string Rationale =>
        "Without a condition depends_on waits only for the container to start, not for the " +
        "database to accept connections: the app's first queries fail on every cold start.";

    /// <inheritdoc />
    public override string Fix =>
        "Use the long syntax with condition: service_healthy (the dependency needs a " +
        "healthcheck) or service_completed_successfully for one-shot jobs.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            depends_on: [db]
          db:
            image: postgres:18.1-trixie
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            depends_on:
              db:
                condition: service_healthy
          db:
            image: postgres:18.1-trixie
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var (name, node, options) in service.Names("depends_on"))
        {
            if (options is not YamlSourceMapping m || m["condition"] is null)
            {
                yield return Finding(node, service.Name,
                    $"service '{service.Name}' depends on '{name}' without a condition");
            }
        }
    }
}
