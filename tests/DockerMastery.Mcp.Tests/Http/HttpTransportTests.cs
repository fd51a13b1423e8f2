using System.Net;
using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Client;

namespace DockerMastery.Mcp.Tests.Http;

public sealed class HttpTransportTests
{
    [Theory]
    [MemberData(nameof(Protocols.Both), MemberType = typeof(Protocols))]
    public async Task Streamable_http_answers_every_capability(string? protocol)
    {
        await using var server = await HttpTestServer.StartAsync();
        await using var client = await server.ConnectAsync(protocol);
        Assert.Equal(protocol ?? "2026-07-28", client.NegotiatedProtocolVersion);

        await ServerWalk.RunAsync(client, TestSkill.Library);
    }

    [Fact]
    public async Task Legacy_sse_answers_every_capability()
    {
        await using var server = await HttpTestServer.StartAsync();
        await using var client = await server.ConnectAsync(Protocols.Pinned, HttpTransportMode.Sse);

        await ServerWalk.RunAsync(client, TestSkill.Library);
    }

    [Theory]
    [MemberData(nameof(Protocols.Both), MemberType = typeof(Protocols))]
    public async Task Stateless_mode_serves_without_sessions_and_without_sse(string? protocol)
    {
        await using var server =
            await HttpTestServer.StartAsync(new ServeOptions { Stateless = true });
        await using (var client = await server.ConnectAsync(protocol))
        {
            await ServerWalk.CallEveryToolAsync(client, TestSkill.Library);
            await ServerWalk.ReadEveryResourceAsync(client, TestSkill.Library);
        }

        using var http = new HttpClient();
        using var initialize = HttpTestServer.Initialize(server.McpUrl);
        using var response = await http.SendAsync(initialize);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Mcp-Session-Id"));
        using var sse = await http.GetAsync(new Uri($"{server.BaseUrl}/mcp/sse"));
        Assert.NotEqual(HttpStatusCode.OK, sse.StatusCode);
    }

    [Fact]
    public async Task Health_and_readiness_answer_and_carry_a_correlation_id()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var http = new HttpClient();

        using var health = await http.GetAsync(new Uri($"{server.BaseUrl}/healthz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var status = await health.Content.ReadAsStringAsync();
        Assert.Contains("\"ok\"", status, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", health.Headers.GetValues("X-Correlation-Id").Single());

        using var ready = new HttpRequestMessage(HttpMethod.Get, $"{server.BaseUrl}/readyz");
        ready.Headers.Add("X-Correlation-Id", "trace-me-42");
        using var readiness = await http.SendAsync(ready);
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Equal("trace-me-42", readiness.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Contains("\"skillFiles\":6", await readiness.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        using var forged = new HttpRequestMessage(HttpMethod.Get, $"{server.BaseUrl}/healthz");
        forged.Headers.TryAddWithoutValidation("X-Correlation-Id", "bad id\" injected");
        using var replaced = await http.SendAsync(forged);
        Assert.Matches("^[0-9a-f]{16}$", replaced.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Request_logs_carry_the_correlation_id_and_no_file_contents()
    {
        await using var server = await HttpTestServer.StartAsync();
        const string marker = "FROM secret-marker-7f3a AS build";
        await using (var client = await server.ConnectAsync(Protocols.Pinned))
        {
            await client.CallToolAsync("search_skill",
                new Dictionary<string, object?> { ["query"] = marker });
            await client.GetPromptAsync("review",
                new Dictionary<string, object?> { ["dockerfile"] = marker });
        }

        var events = server.Logs.Events;
        Assert.Contains(events, e =>
            e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal) &&
            e.Properties.ContainsKey("CorrelationId"));
        var logged = server.Logs.AllText();
        Assert.DoesNotContain("secret-marker-7f3a", logged, StringComparison.Ordinal);
    }
}
