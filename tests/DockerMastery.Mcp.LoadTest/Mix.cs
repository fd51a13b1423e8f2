namespace DockerMastery.Mcp.LoadTest;

/// <summary>The tool calls each client makes, varied by client and call number.</summary>
internal static class Mix
{
    private static readonly string[] Queries =
    [
        "read-only root filesystem", "multi-stage build cache", "non-root user healthcheck",
        "compose named volumes network", "cosign signing sbom", "distroless python",
    ];

    private static readonly string[] Registries = ["dockerhub", "ghcr", "ecr", "harbor"];

    public static (string Tool, Dictionary<string, object?> Arguments) For(int client, int call)
    {
        var n = client + call;
        return (n % 3) switch
        {
            0 => ("select_tier", new Dictionary<string, object?>
            {
                ["containerCount"] = 1 + (n % 60),
                ["registry"] = Registries[n % Registries.Length],
                ["security"] = n % 2 == 0 ? new[] { "non-root", "scanning" } : new[] { "basic" },
            }),
            1 => ("search_skill", new Dictionary<string, object?>
            {
                ["query"] = Queries[n % Queries.Length],
                ["limit"] = 1 + (n % 5),
            }),
            _ => ("select_tier", new Dictionary<string, object?>
            {
                ["scale"] = n % 2 == 0 ? "production" : "dev",
                ["ci"] = "github-actions",
            }),
        };
    }
}
