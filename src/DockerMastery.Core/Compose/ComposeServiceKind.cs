namespace DockerMastery.Core.Compose;

/// <summary>The services <see cref="ComposeGenerator"/> can add beside the app.</summary>
public enum ComposeServiceKind
{
    /// <summary>PostgreSQL, service <c>postgres</c>.</summary>
    Postgres,

    /// <summary>MySQL, service <c>mysql</c>.</summary>
    MySql,

    /// <summary>MariaDB, service <c>mariadb</c>.</summary>
    MariaDb,

    /// <summary>Redis, service <c>redis</c>.</summary>
    Redis,

    /// <summary>Valkey (the Redis fork), service <c>valkey</c>.</summary>
    Valkey,

    /// <summary>MongoDB, service <c>mongo</c>.</summary>
    MongoDb,

    /// <summary>RabbitMQ with the management plugin, service <c>rabbitmq</c>.</summary>
    RabbitMq,

    /// <summary>nginx as reverse proxy in front of the app, service <c>proxy</c>.</summary>
    Nginx,

    /// <summary>Traefik as reverse proxy (file provider, no Docker socket), service
    /// <c>proxy</c>.</summary>
    Traefik,

    /// <summary>Prometheus, Grafana and Loki under the <c>monitoring</c> profile.</summary>
    Monitoring,
}
