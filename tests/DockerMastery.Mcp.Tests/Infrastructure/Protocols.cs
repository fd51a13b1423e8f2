namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>
/// The revisions every protocol test runs on: pinned 2025-11-25 and the client default.
/// </summary>
public static class Protocols
{
    public const string Pinned = "2025-11-25";

    /// <summary>Null lets the SDK client choose its default (2026-07-28 with fallback).</summary>
    public static TheoryData<string?> Both => new() { Pinned, null };
}
