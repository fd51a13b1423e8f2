using System.Text.RegularExpressions;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC208: a secret is passed as a plain environment variable.</summary>
public sealed partial class DC208SecretInEnvironment : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC208";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "secret in environment";

    /// <inheritdoc />
    public override string Rationale =>
        "Environment variables show in docker inspect, in /proc/*/environ, in crash reports and " +
        "in every child process; a password written into the file is also in version control.";

    /// <inheritdoc />
    public override string Fix =>
        "Declare the value under top-level secrets: (file: ./secrets/NAME.txt), grant it with " +
        "the service's secrets:, and point the image's *_FILE variable at /run/secrets/NAME.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          db:
            image: postgres:18.1-trixie
            environment:
              POSTGRES_PASSWORD: hunter2
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          db:
            image: postgres:18.1-trixie
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/db_password
            secrets: [db_password]
        secrets:
          db_password:
            file: ./secrets/db_password.txt
        """;

    /// <summary>True when <paramref name="name"/> names a secret (PASSWORD, TOKEN, API_KEY...)
    /// rather than a path to one.</summary>
    public static bool IsSecretName(string name) =>
        SecretName().IsMatch(name) && !name.EndsWith("_FILE", StringComparison.OrdinalIgnoreCase) &&
        !name.EndsWith("_PATH", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        foreach (var (name, value, node) in service.Environment())
        {
            if (IsSecretName(name) && !string.IsNullOrEmpty(value))
            {
                yield return Finding(node, service.Name,
                    $"service '{service.Name}' passes the secret '{name}' in its environment");
            }
        }
    }

    [GeneratedRegex(
        @"(PASSW(OR)?D|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
