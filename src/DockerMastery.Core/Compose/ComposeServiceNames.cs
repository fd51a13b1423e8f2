namespace DockerMastery.Core.Compose;

/// <summary>
/// The names callers use for the <see cref="ComposeServiceKind"/>s (<c>postgres</c>,
/// <c>redis</c>, ...): the one vocabulary of <c>generate_compose</c>'s and
/// <c>scaffold</c>'s <c>services</c>.
/// </summary>
public static class ComposeServiceNames
{
    private static readonly Dictionary<string, ComposeServiceKind> Kinds =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["postgres"] = ComposeServiceKind.Postgres,
            ["postgresql"] = ComposeServiceKind.Postgres,
            ["mysql"] = ComposeServiceKind.MySql,
            ["mariadb"] = ComposeServiceKind.MariaDb,
            ["redis"] = ComposeServiceKind.Redis,
            ["valkey"] = ComposeServiceKind.Valkey,
            ["mongodb"] = ComposeServiceKind.MongoDb,
            ["mongo"] = ComposeServiceKind.MongoDb,
            ["rabbitmq"] = ComposeServiceKind.RabbitMq,
            ["nginx"] = ComposeServiceKind.Nginx,
            ["traefik"] = ComposeServiceKind.Traefik,
            ["monitoring"] = ComposeServiceKind.Monitoring,
        };

    /// <summary>The canonical name of every kind, in <see cref="ComposeServiceKind"/> order
    /// (<c>postgresql</c> and <c>mongo</c> are also accepted).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "postgres", "mysql", "mariadb", "redis", "valkey", "mongodb", "rabbitmq", "nginx",
        "traefik", "monitoring",
    ];

    /// <summary>The kind <paramref name="name"/> names (case-insensitive, surrounding blanks
    /// ignored), or false.</summary>
    public static bool TryParse(string? name, out ComposeServiceKind kind)
    {
        kind = default;
        return name is not null && Kinds.TryGetValue(name.Trim(), out kind);
    }

    /// <summary>The kinds <paramref name="names"/> name, in the order given.</summary>
    /// <param name="names">Service names; null for none.</param>
    /// <param name="field">The caller's name for the list, used in the error.</param>
    /// <exception cref="ComposeInputException">A name is not a known kind; the exception names
    /// <paramref name="field"/> and the value (control characters removed, cut to 40
    /// characters).</exception>
    public static IReadOnlyList<ComposeServiceKind> Parse(
        IEnumerable<string>? names, string field = "services")
    {
        var kinds = new List<ComposeServiceKind>();
        foreach (var name in names ?? [])
        {
            if (!TryParse(name, out var kind))
            {
                var shown = new string((name ?? "").Where(c => !char.IsControl(c)).Take(40)
                    .ToArray());
                throw new ComposeInputException(field,
                    $"'{shown}' is not one of {string.Join(", ", All)}");
            }

            kinds.Add(kind);
        }

        return kinds;
    }
}
