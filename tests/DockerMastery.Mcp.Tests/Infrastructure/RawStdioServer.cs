using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>
/// The built server as a child process driven byte by byte, for what a well-behaved client
/// never sends: malformed JSON, wrong types, huge lines, cancellations, abrupt disconnects.
/// Every stdout line is kept so tests can check it is JSON-RPC.
/// </summary>
public sealed class RawStdioServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly SemaphoreSlim _lineArrived = new(0);
    private readonly Task _readOut;
    private readonly Task _readErr;

    private RawStdioServer(Process process)
    {
        _process = process;
        _readOut = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (_stdout)
                    _stdout.Add(line);
                _lineArrived.Release();
            }
        });
        _readErr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_stderr)
                    _stderr.Add(line);
            }
        });
    }

    public IReadOnlyList<string> Stdout
    {
        get
        {
            lock (_stdout)
                return [.. _stdout];
        }
    }

    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_stderr)
                return [.. _stderr];
        }
    }

    public Process Process => _process;

    public static RawStdioServer Start(
        IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(BuiltServer.Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("DOCKER_MASTERY_LOG_LEVEL");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        process.StandardInput.AutoFlush = true;
        return new RawStdioServer(process);
    }

    public async Task SendAsync(string line) =>
        await _process.StandardInput.WriteAsync(line + "\n");

    public Task SendAsync(JsonObject message) => SendAsync(message.ToJsonString());

    public async Task InitializeAsync()
    {
        await SendAsync(Request(0, "initialize", new JsonObject
        {
            ["protocolVersion"] = Protocols.Pinned,
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "raw", ["version"] = "1" },
        }));
        await ResponseAsync(0);
        await SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "notifications/initialized",
        });
    }

    public static JsonObject Request(int id, string method, JsonNode? parameters = null)
    {
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
            request["params"] = parameters;
        return request;
    }

    /// <summary>
    /// Waits for the response with <paramref name="id"/> (null: an id-less error).
    /// </summary>
    public async Task<JsonElement> ResponseAsync(int? id, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            var lines = Stdout;
            for (; seen < lines.Count; seen++)
            {
                using var document = JsonDocument.Parse(lines[seen]);
                var root = document.RootElement;
                if (!root.TryGetProperty("id", out var found))
                    continue;
                var matches = id is null
                    ? found.ValueKind == JsonValueKind.Null
                    : found.ValueKind == JsonValueKind.Number && found.GetInt32() == id;
                if (matches)
                    return root.Clone();
            }

            await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException(
            $"no response {id?.ToString() ?? "null"} in {timeoutSeconds}s; stderr:\n" +
            string.Join('\n', Stderr.TakeLast(20)));
    }

    /// <summary>Asserts every line the server wrote to stdout is a JSON-RPC 2.0 message.</summary>
    public void AssertStdoutIsJsonRpc()
    {
        foreach (var line in Stdout)
        {
            using var document = JsonDocument.Parse(line);
            Assert.Equal("2.0", document.RootElement.GetProperty("jsonrpc").GetString());
        }
    }

    /// <summary>Closes stdin (the client going away) and waits for the process to end.</summary>
    public async Task<int> CloseAndWaitAsync(int timeoutSeconds = 20)
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await _process.WaitForExitAsync(timeout.Token);
        await Task.WhenAll(_readOut, _readErr);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }
}
