using System.Net;
using System.Text;
using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Http;
using DockerMastery.Mcp.Tests.Infrastructure;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace DockerMastery.Mcp.Tests.Http;

public sealed class HttpSecurityTests
{
    private const string Token = "test-token-0123456789abcdef";

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example:3001")]
    [InlineData("null")]
    public async Task Foreign_origin_is_refused(string origin)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var http = new HttpClient();
        using var request = HttpTestServer.Initialize(server.McpUrl);
        request.Headers.TryAddWithoutValidation("Origin", origin);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Origin", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:6274")]
    [InlineData("http://127.0.0.1:8080")]
    public async Task Loopback_origin_is_accepted(string origin)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var http = new HttpClient();
        using var request = HttpTestServer.Initialize(server.McpUrl);
        request.Headers.TryAddWithoutValidation("Origin", origin);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Configured_origins_replace_the_loopback_default()
    {
        await using var server = await HttpTestServer.StartAsync(
            new ServeOptions { AllowedOrigins = ["https://ide.example.com"] });
        using var http = new HttpClient();

        using var allowed = HttpTestServer.Initialize(server.McpUrl);
        allowed.Headers.TryAddWithoutValidation("Origin", "https://ide.example.com");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(allowed)).StatusCode);

        using var loopback = HttpTestServer.Initialize(server.McpUrl);
        loopback.Headers.TryAddWithoutValidation("Origin", "http://localhost:1234");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(loopback)).StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:3001")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task Foreign_host_is_refused(string host)
    {
        await using var server = await HttpTestServer.StartAsync();
        using var http = new HttpClient();
        using var request = HttpTestServer.Initialize(server.McpUrl);
        request.Headers.Host = host;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void Listening_on_all_interfaces_without_allowed_hosts_is_refused()
    {
        var error = Assert.Throws<HttpServerConfigurationException>(() => HttpServer.Build(
            new ServeOptions { Urls = ["http://0.0.0.0:3001"] },
            new LoggerConfiguration().CreateLogger()));
        Assert.Contains("--allowed-hosts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "invalid_request")]
    [InlineData("Bearer wrong-token-0123456789abcdef", "invalid_token")]
    [InlineData("Basic dXNlcjpwYXNz", "invalid_request")]
    [InlineData("Bearer test-token-0123456789abcdeX", "invalid_token")]
    public async Task Missing_or_wrong_token_is_refused_with_www_authenticate(
        string? authorization, string error)
    {
        await using var server =
            await HttpTestServer.StartAsync(new ServeOptions { Token = Token });
        using var http = new HttpClient();
        using var request = HttpTestServer.Initialize(server.McpUrl);
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains($"error=\"{error}\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, server.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Right_token_is_served_and_probes_need_none()
    {
        await using var server =
            await HttpTestServer.StartAsync(new ServeOptions { Token = Token });
        await using (var client = await server.ConnectAsync(Protocols.Pinned, token: Token))
            await client.PingAsync();
        await using (var sse = await server.ConnectAsync(
            Protocols.Pinned, HttpTransportMode.Sse, Token))
        {
            await sse.PingAsync();
        }

        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri($"{server.BaseUrl}/healthz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(Token, server.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_over_the_cap_is_refused()
    {
        await using var server = await HttpTestServer.StartAsync(
            new ServeOptions { MaxBodyBytes = 64 * 1024 });
        using var http = new HttpClient();
        var query = new string('a', 200 * 1024);
        var body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":" +
            $"\"search_skill\",\"arguments\":{{\"query\":\"{query}\"}}}}}}";
        using var request = HttpTestServer.Initialize(server.McpUrl);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await using var client = await server.ConnectAsync(Protocols.Pinned);
        await client.PingAsync();
    }

    [Fact]
    public async Task Per_client_rate_limit_answers_429_with_retry_after()
    {
        await using var server =
            await HttpTestServer.StartAsync(new ServeOptions { RatePerSecond = 2 });
        using var http = new HttpClient();
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            using var request = HttpTestServer.Initialize(server.McpUrl);
            statuses.Add(await http.SendAsync(request));
        }

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.NotEmpty(limited);
        Assert.Contains(statuses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal("1", limited[0].Headers.GetValues("Retry-After").Single());
        statuses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task Shutdown_finishes_the_call_in_flight()
    {
        await using var server = await HttpTestServer.StartAsync(
            configure: mcp => mcp.WithTools<SlowTools>());
        await using var client = await server.ConnectAsync(Protocols.Pinned);
        var call = client.CallToolAsync("test_slow",
            new Dictionary<string, object?> { ["milliseconds"] = 1500 }).AsTask();
        await Task.Delay(300);

        var stopping = server.App.StopAsync();
        var result = await call;
        await stopping;

        Assert.True(result.IsError is not true);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("slept 1500 ms", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_disconnecting_mid_call_does_not_disturb_others()
    {
        await using var server = await HttpTestServer.StartAsync(
            configure: mcp => mcp.WithTools<SlowTools>());
        await using var steady = await server.ConnectAsync(Protocols.Pinned);
        var leaving = await server.ConnectAsync(Protocols.Pinned);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var abandoned = leaving.CallToolAsync("test_slow",
            new Dictionary<string, object?> { ["milliseconds"] = 5000 },
            cancellationToken: cancel.Token).AsTask();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await leaving.DisposeAsync();

        var result = await steady.CallToolAsync("select_tier",
            new Dictionary<string, object?> { ["containerCount"] = 2 });
        Assert.Equal(2, result.StructuredContent!.Value.GetProperty("tier").GetInt32());
    }
}
