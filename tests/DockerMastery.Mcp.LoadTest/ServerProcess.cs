using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DockerMastery.Mcp.LoadTest;

/// <summary>The built server as a child process listening on 127.0.0.1 (ephemeral port).</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<ServerProcess> StartAsync(string dll, string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[dll, "serve", "--http", "--urls", "http://127.0.0.1:0",
                     "--log-level", "information", .. extraArgs])
        {
            start.ArgumentList.Add(arg);
        }

        // Information, as in production: every request is logged (to a pipe read here), and
        // the port is read from the lifetime message.
        var process = Process.Start(start) ?? throw new InvalidOperationException("no server");
        var listening = new TaskCompletionSource<string>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(match.Value);
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return new ServerProcess(process, url);
    }

    /// <summary>The server's resident set size from /proc, in bytes.</summary>
    public long ResidentBytes()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        var line = status.First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var field = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var kilobytes = long.Parse(field, CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
