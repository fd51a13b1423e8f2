using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC102: a service refers to a network, volume, secret, config or service that no
/// file defines.</summary>
public sealed class DC102UndefinedReference : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC102";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "undefined reference";

    /// <inheritdoc />
    public override string Rationale =>
        "Compose refuses to start a stack whose services name a network, named volume, secret, " +
        "config or service that is not declared: usually a typo or a section left behind.";

    /// <inheritdoc />
    public override string Fix =>
        "Declare the name in the top-level section (networks:, volumes:, secrets:, configs:, " +
        "services:) or correct the spelling.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          api:
            image: example/api:2.0
            networks: [backend]
            volumes:
              - uploads:/srv/uploads
            depends_on:
              cache:
                condition: service_healthy
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          api:
            image: example/api:2.0
            networks: [backend]
            volumes:
              - uploads:/srv/uploads
            depends_on:
              cache:
                condition: service_healthy
          cache:
            image: redis:8.2-trixie
            networks: [backend]
        networks:
          backend: {}
        volumes:
          uploads: {}
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service) => [];

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        foreach (var service in file.Services)
        {
            var references = service.Names("networks").Select(n => ("networks", n.Name, n.Node))
                .Concat(service.Names("secrets").Select(n => ("secrets", n.Name, n.Node)))
                .Concat(service.Names("configs").Select(n => ("configs", n.Name, n.Node)))
                .Concat(service.Names("depends_on").Select(n => ("services", n.Name, n.Node)))
                .Concat(service.Names("links").Select(n => ("services", n.Name.Split(':')[0],
                    n.Node)))
                .Concat(NamedVolumes(service))
                .Concat(ServiceModes(service));
            foreach (var (section, name, node) in references)
            {
                if (name.Contains('$', StringComparison.Ordinal) || IsImplicit(section, name))
                    continue;
                if (!file.Defined[section].Contains(name))
                {
                    var kind = section.TrimEnd('s');
                    yield return Finding(node, service.Name,
                        $"service '{service.Name}' uses {kind} '{name}', which is not defined");
                }
            }
        }
    }

    private static bool IsImplicit(string section, string name) =>
        section == "networks" && name == "default";

    private static IEnumerable<(string, string,
        YamlSourceNode)> NamedVolumes(ComposeService service) =>
        VolumeMount.Of(service)
            .Where(m => m.Type == "volume" && m.Source.Length > 0)
            .Select(m => ("volumes", m.Source, m.Node));

    private static IEnumerable<(string, string,
        YamlSourceNode)> ServiceModes(ComposeService service)
    {
        foreach (var key in new[] { "network_mode", "pid", "ipc" })
        {
            if (service.Text(key) is { } mode && mode.StartsWith("service:",
                StringComparison.Ordinal))
                yield return ("services", mode["service:".Length..], service.Definition[key]!);
        }

        foreach (var item in service.Items("volumes_from").OfType<YamlSourceScalar>())
        {
            if (!item.Value.StartsWith("container:", StringComparison.Ordinal))
                yield return ("services", item.Value.Split(':')[0], item);
        }
    }
}
