using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC302: a short-syntax port mapping is not quoted.</summary>
public sealed class DC302UnquotedPort : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC302";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Style;

    /// <inheritdoc />
    public override string Title => "port mapping not quoted";

    /// <inheritdoc />
    public override string Rationale =>
        "YAML 1.1 parsers read an unquoted 22:22 as the base-60 number 1342; quoting every " +
        "port mapping keeps it a string for every tool that reads the file.";

    /// <inheritdoc />
    public override string Fix => "Quote the mapping: \"127.0.0.1:8080:8080\".";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          web:
            image: example/web:1.0
            ports:
              - 127.0.0.1:8080:80
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          web:
            image: example/web:1.0
            ports:
              - "127.0.0.1:8080:80"
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var item in service.Items("ports").OfType<YamlSourceScalar>())
        {
            if (item.IsPlain)
                yield return Finding(item, service.Name,
                    $"port mapping {item.Value} is not quoted");
        }
    }
}
