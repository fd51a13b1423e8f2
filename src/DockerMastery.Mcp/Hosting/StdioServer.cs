using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;

namespace DockerMastery.Mcp.Hosting;

/// <summary>
/// The stdio server: JSON-RPC on stdin/stdout, everything else (host lifetime messages
/// included) through Serilog to stderr.
/// </summary>
public static class StdioServer
{
    /// <summary>Runs until stdin closes or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(Serilog.ILogger logger, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // No appsettings.json or environment configuration from the caller's folder.
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.AddDockerMasteryServer().WithStdioServerTransport();

        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
