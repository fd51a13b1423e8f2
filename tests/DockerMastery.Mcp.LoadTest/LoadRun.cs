using System.Diagnostics;
using System.Globalization;
using System.Text;
using ModelContextProtocol.Client;

namespace DockerMastery.Mcp.LoadTest;

/// <summary>
/// Starts the built server (<c>serve --http</c> on 127.0.0.1, an ephemeral port), connects N
/// SDK clients at once, has each make M tool calls in a mix of the server's tools, and reports
/// errors, latency percentiles, throughput and the server's memory before and after. Exit 1
/// on any error. Bounded: fixed clients, fixed calls, a deadline.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var settings = LoadSettings.Parse(args);
        if (settings is null)
        {
            await Console.Error.WriteLineAsync(LoadSettings.Usage).ConfigureAwait(false);
            return 2;
        }

        var report = new StringBuilder();
        var failed = false;
        foreach (var mode in settings.Modes)
        {
            var result = await RunModeAsync(settings, mode).ConfigureAwait(false);
            failed |= result.Errors.Length > 0;
            report.Append(result.ToMarkdown());
            Console.WriteLine(result.Summary());
        }

        if (settings.Report is not null)
        {
            var text = LoadResult.Header(settings) + report;
            await File.WriteAllTextAsync(settings.Report, text).ConfigureAwait(false);
            Console.WriteLine($"written: {settings.Report}");
        }

        return failed ? 1 : 0;
    }

    private static async Task<LoadResult> RunModeAsync(LoadSettings settings, LoadMode mode)
    {
        using var server = await ServerProcess.StartAsync(settings.Dll, mode.ServerArgs)
            .ConfigureAwait(false);
        using var deadline = new CancellationTokenSource(settings.Deadline);
        var clients = new List<McpClient>();
        for (var i = 0; i < settings.Clients; i++)
        {
            clients.Add(await McpClient.CreateAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Endpoint = new Uri($"{server.BaseUrl}/mcp"),
                    TransportMode = HttpTransportMode.StreamableHttp,
                }),
                new McpClientOptions { ProtocolVersion = mode.ProtocolVersion },
                cancellationToken: deadline.Token).ConfigureAwait(false));
        }

        // Warm the server's code paths so "before" is a steady state, not a cold start.
        await CallMixAsync(clients[0], 0, 20, [], [], deadline.Token).ConfigureAwait(false);
        GC.Collect();
        var before = server.ResidentBytes();
        var latencies = new List<double>[settings.Clients];
        var errors = new List<string>[settings.Clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, i) =>
        {
            latencies[i] = new List<double>(settings.CallsPerClient);
            errors[i] = [];
            return CallMixAsync(
                client, i, settings.CallsPerClient, latencies[i], errors[i], deadline.Token);
        })).ConfigureAwait(false);
        clock.Stop();
        var after = server.ResidentBytes();

        foreach (var client in clients)
            await client.DisposeAsync().ConfigureAwait(false);

        return new LoadResult(
            mode,
            settings,
            latencies.SelectMany(l => l).Order().ToArray(),
            errors.SelectMany(e => e).ToArray(),
            clock.Elapsed,
            before,
            after,
            server.ResidentBytes());
    }

    private static async Task CallMixAsync(
        McpClient client,
        int clientIndex,
        int calls,
        List<double> latencies,
        List<string> errors,
        CancellationToken cancellationToken)
    {
        for (var call = 0; call < calls; call++)
        {
            var (tool, arguments) = Mix.For(clientIndex, call);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await client.CallToolAsync(
                    tool, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (result.IsError == true || result.StructuredContent is null)
                    errors.Add($"{tool}: tool error or no structured content");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                errors.Add($"{tool}: {ex.GetType().Name}: {ex.Message}");
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    internal static string Format(double value) =>
        value.ToString("0.0", CultureInfo.InvariantCulture);
}
