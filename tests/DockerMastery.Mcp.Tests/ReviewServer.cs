using System.IO.Pipelines;
using DockerMastery.Mcp.Resources;
using DockerMastery.Mcp.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

/// <summary>A real MCP server with the review tools and rule resources, over in-memory pipes,
/// driven by the SDK's own client.</summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly IHost host;

    private ReviewServer(IHost host, McpClient client)
    {
        this.host = host;
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<ReviewServer> StartAsync()
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddMcpServer()
            .WithTools([typeof(ReviewTools)])
            .WithResources([typeof(RuleResources)])
            .WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        var host = builder.Build();
        await host.StartAsync();
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()),
            new McpClientOptions { ClientInfo = new Implementation { Name = "review-tests", Version = "1.0" } });
        return new ReviewServer(host, client);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await host.StopAsync(TimeSpan.FromSeconds(5));
        host.Dispose();
    }
}
