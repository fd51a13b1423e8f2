namespace DockerMastery.Core.Review.Rules;

internal sealed class DM005 : Rule
{
    private static readonly string[] ServiceSchemes =
    [
        "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss",
        "amqp", "amqps", "kafka", "nats", "memcached", "sqlserver", "mssql", "jdbc", "ldap", "ldaps",
    ];

    public override string Id => "DM005";
    public override Severity Severity => Severity.Info;
    public override string Title => "Environment-specific configuration baked into the image";
    public override string Checks => """
        Fires on an `ENV` whose value is a connection string to a data service (postgres, mysql,
        mongodb, redis, amqp, kafka, jdbc, ...) on a host other than localhost.
        """;
    public override string Why => """
        One image should run unchanged in every environment (12-factor config). A database host
        baked into the image needs a rebuild per environment, invites running tests against
        production, and often carries a password with it.
        """;
    public override string Bad => """
        FROM python:3.13-slim
        ENV DATABASE_URL=postgres://app@db.prod.internal:5432/app
        """;
    public override string Good => """
        FROM python:3.13-slim
        ENV PORT=8000
        """;
    public override string Fix => "Leave environment-specific values out of the Dockerfile; supply them at run time (`docker run -e`, compose `environment:`/`env_file:`, Kubernetes ConfigMaps and Secrets).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var env in context.Of("ENV"))
        {
            foreach (var pair in env.Pairs.Where(p => p.Value is not null && IsServiceEndpoint(p.Value)))
                yield return ReviewContext.At(env, $"ENV {pair.Key} points the image at one specific service host.");
        }
    }

    private static bool IsServiceEndpoint(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
            return false;
        var name = value[..scheme].ToLowerInvariant();
        if (!ServiceSchemes.Any(s => name == s || name.StartsWith("jdbc:", StringComparison.Ordinal)))
            return false;
        var rest = value[(scheme + 3)..];
        var at = rest.LastIndexOf('@');
        var host = (at >= 0 ? rest[(at + 1)..] : rest).Split('/', ':', '?', ',')[0];
        return host.Length > 0 && !host.Contains('$', StringComparison.Ordinal) &&
            host is not ("localhost" or "127.0.0.1" or "0.0.0.0" or "[");
    }
}
