namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC103: services depend on each other in a cycle.</summary>
public sealed class DC103DependencyCycle : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC103";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "depends_on cycle";

    /// <inheritdoc />
    public override string Rationale =>
        "Compose starts services in dependency order; a cycle has no order and the stack " +
        "refuses to start.";

    /// <inheritdoc />
    public override string Fix =>
        "Break the cycle: the service that only needs the other at run time should retry its " +
        "connection instead of depending on it.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            depends_on:
              worker:
                condition: service_healthy
          worker:
            image: example/worker:3.1
            depends_on:
              api:
                condition: service_healthy
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            depends_on:
              worker:
                condition: service_healthy
          worker:
            image: example/worker:3.1
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        var edges = file.Services.ToDictionary(
            s => s.Name, s => s.Names("depends_on").Select(n => n.Name).ToArray(),
                StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in file.Services)
        {
            var path = FindCycle(service.Name, service.Name, edges, [service.Name]);
            if (path is null || !reported.Add(string.Join(',', path.Order(StringComparer.Ordinal))))
                continue;
            yield return Finding(service.Definition["depends_on"] ?? service.Key, service.Name,
                $"depends_on cycle: {string.Join(" -> ", path)} -> {service.Name}");
        }
    }

    private static List<string>? FindCycle(
        string start, string current, Dictionary<string, string[]> edges, List<string> path)
    {
        if (!edges.TryGetValue(current, out var next))
            return null;
        foreach (var target in next)
        {
            if (target == start)
                return path;
            if (path.Contains(target))
                continue;
            var found = FindCycle(start, target, edges, [.. path, target]);
            if (found is not null)
                return found;
        }

        return null;
    }
}
