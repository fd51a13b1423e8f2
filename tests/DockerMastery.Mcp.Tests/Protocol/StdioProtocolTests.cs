using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Tests.Infrastructure;

namespace DockerMastery.Mcp.Tests.Protocol;

public sealed class StdioProtocolTests
{
    [Theory]
    [MemberData(nameof(Protocols.Both), MemberType = typeof(Protocols))]
    public async Task Built_server_over_stdio_answers_every_capability(string? protocol)
    {
        var stderr = new List<string>();
        await using var client = await BuiltServer.StartStdioAsync(protocol, stderr);
        Assert.Equal(protocol ?? "2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Equal(ServerIdentity.Version, client.ServerInfo!.Version);

        await ServerWalk.RunAsync(client, SkillLibrary.Default);
    }

    [Fact]
    public async Task Log_level_option_sends_debug_logs_to_stderr()
    {
        var stderr = new List<string>();
        await using (var client = await BuiltServer.StartStdioAsync(
            Protocols.Pinned, stderr, "--log-level", "debug"))
        {
            await client.PingAsync();
        }

        lock (stderr)
        {
            Assert.Contains(stderr, l => l.Contains("DBG", StringComparison.Ordinal));
            Assert.Contains(
                stderr, l => l.Contains("Application started", StringComparison.Ordinal));
        }
    }
}
