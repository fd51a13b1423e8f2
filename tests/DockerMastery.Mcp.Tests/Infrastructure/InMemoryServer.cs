using System.IO.Pipelines;
using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>
/// The real server, wired exactly as in production, talking over in-memory pipes.
/// </summary>
public sealed class InMemoryServer : IAsyncDisposable
{
    private readonly IHost _host;

    private InMemoryServer(IHost host, McpClient client)
    {
        _host = host;
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<InMemoryServer> StartAsync(
        string? protocolVersion,
        SkillLibrary? library = null,
        McpClientHandlers? handlers = null)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddDockerMasteryServer(library ?? TestSkill.Library)
            .WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        var host = builder.Build();
        await host.StartAsync();

        var transport = new StreamClientTransport(
            toServer.Writer.AsStream(), toClient.Reader.AsStream());
        var client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = protocolVersion,
            DiscoverProbeTimeout = TimeSpan.FromSeconds(60),
            ClientInfo = new Implementation { Name = "in-memory-tests", Version = "1.0" },
            Handlers = handlers ?? new McpClientHandlers(),
        });
        return new InMemoryServer(host, client);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.StopAsync(TimeSpan.FromSeconds(5));
        _host.Dispose();
    }
}
