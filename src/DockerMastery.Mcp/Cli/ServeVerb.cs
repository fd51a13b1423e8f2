using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;

namespace DockerMastery.Mcp.Cli;

/// <summary><c>serve</c>: runs the MCP server over stdio. Logs go to stderr only.</summary>
public sealed class ServeVerb : ICliVerb
{
    /// <inheritdoc />
    public string Name => "serve";

    /// <inheritdoc />
    public string Summary => "run the MCP server (stdio by default)";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var level = LogEventLevel.Information;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--log-level" && i + 1 < args.Count &&
                Enum.TryParse(args[i + 1], ignoreCase: true, out LogEventLevel parsed))
            {
                level = parsed;
            }
        }

        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog();
        builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new() { Name = ServerIdentity.Name, Version = ServerIdentity.Version };
            })
            .WithStdioServerTransport()
            .WithToolsFromAssembly();

        try
        {
            await builder.Build().RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            await Log.CloseAndFlushAsync().ConfigureAwait(false);
        }
    }
}
