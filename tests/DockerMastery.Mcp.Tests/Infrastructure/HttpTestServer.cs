using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>The HTTP server on 127.0.0.1 with an ephemeral port, logs captured in memory.</summary>
public sealed class HttpTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpTestServer(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        BaseUrl = app.Urls.Single().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public Uri McpUrl => new($"{BaseUrl}/mcp");

    public CapturedLogs Logs { get; }

    public WebApplication App => _app;

    public static async Task<HttpTestServer> StartAsync(
        ServeOptions? options = null, Action<IMcpServerBuilder>? configure = null)
    {
        var logs = new CapturedLogs();
        var logger = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Sink(logs)
            .CreateLogger();
        var app = HttpServer.Build(
            (options ?? new ServeOptions()) with { Urls = ["http://127.0.0.1:0"] },
            logger,
            configure,
            TestSkill.Library);
        await app.StartAsync();
        return new HttpTestServer(app, logs);
    }

    public async Task<McpClient> ConnectAsync(
        string? protocolVersion,
        HttpTransportMode mode = HttpTransportMode.StreamableHttp,
        string? token = null)
    {
        var endpoint = mode == HttpTransportMode.Sse ? new Uri($"{BaseUrl}/mcp/sse") : McpUrl;
        var headers = new Dictionary<string, string>();
        if (token is not null)
            headers["Authorization"] = $"Bearer {token}";
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            TransportMode = mode,
            AdditionalHeaders = headers,
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = protocolVersion,
            DiscoverProbeTimeout = TimeSpan.FromSeconds(60),
            ClientInfo = new Implementation { Name = "http-tests", Version = "1.0" },
        });
    }

    /// <summary>A raw initialize POST, for the checks that sit in front of MCP.</summary>
    public static HttpRequestMessage Initialize(Uri url)
    {
        var body = RawStdioServer.Request(1, "initialize", new JsonObject
        {
            ["protocolVersion"] = Protocols.Pinned,
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "raw", ["version"] = "1" },
        }).ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Every log event, rendered, with its properties.</summary>
    public sealed class CapturedLogs : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                    return [.. _events];
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
                _events.Add(logEvent);
        }

        public string AllText() => string.Join('\n', Events.Select(e =>
            e.RenderMessage() + " " +
            string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " +
            e.Exception));
    }
}
