using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Http;
using Serilog;

namespace DockerMastery.Mcp.Cli;

/// <summary>
/// <c>serve</c>: runs the MCP server over stdio (default) or HTTP. Logs go to stderr only; in
/// stdio mode stdout carries JSON-RPC and nothing else.
/// </summary>
public sealed class ServeVerb : ICliVerb
{
    /// <inheritdoc />
    public string Name => "serve";

    /// <inheritdoc />
    public string Summary =>
        "run the MCP server (stdio by default, --http for Streamable HTTP and SSE)";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            // Help goes to stderr: an MCP client that passes --help still gets a clean stdout.
            await console.Error.WriteLineAsync(ServeOptions.Help).ConfigureAwait(false);
            return 0;
        }

        var options = ServeOptions.Parse(args, out var problem);
        if (options is null)
        {
            await console.Error.WriteLineAsync($"docker-mastery serve: {problem}")
                .ConfigureAwait(false);
            return 2;
        }

        await using var logger = ServerLogging.Create(options.LogLevel);
        try
        {
            if (options.Http)
                await HttpServer.RunAsync(options, logger, cancellationToken).ConfigureAwait(false);
            else
                await StdioServer.RunAsync(logger, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (HttpServerConfigurationException ex)
        {
            await console.Error.WriteLineAsync($"docker-mastery serve: {ex.Message}")
                .ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.Fatal(ex, "server stopped on an unexpected error");
            return 1;
        }
    }
}
