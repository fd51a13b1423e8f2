using System.ComponentModel;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>A tool the tests add to the server, to hold a call in flight.</summary>
[McpServerToolType]
public sealed class SlowTools
{
    [McpServerTool(Name = "test_slow")]
    [Description("Waits, then answers; for shutdown and disconnect tests only.")]
    public static async Task<string> Slow(int milliseconds, CancellationToken cancellationToken)
    {
        await Task.Delay(milliseconds, cancellationToken);
        return $"slept {milliseconds} ms";
    }
}
