namespace DockerMastery.Mcp.LoadTest;

/// <summary>One server configuration to load.</summary>
/// <param name="Name">The name in the report.</param>
/// <param name="ServerArgs">Extra arguments to <c>serve --http</c>.</param>
/// <param name="ProtocolVersion">The protocol revision the clients ask for.</param>
/// <param name="Note">What the reader should know about this configuration.</param>
internal sealed record LoadMode(
    string Name, string[] ServerArgs, string? ProtocolVersion, string Note)
{
    public static LoadMode Stateful { get; } = new(
        "streamable-http-stateful",
        [],
        "2025-11-25",
        "default limits (100 requests/s and 32 in flight per client session)");

    public static LoadMode Stateless { get; } = new(
        "streamable-http-stateless",
        ["--stateless", "--rate-limit", "0", "--max-concurrency", "64"],
        null,
        "no sessions, so every client shares one address key: the per-client rate limit is " +
        "off and concurrency is 64 for this run");
}
