using System.Globalization;
using System.Text.Json;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// A container started for one test: published on 127.0.0.1 only, removed (with its anonymous
/// volumes) on dispose whatever happened.
/// </summary>
public sealed class RunningContainer : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly DockerCli docker;

    private RunningContainer(DockerCli docker, string name, int hostPort)
    {
        this.docker = docker;
        Name = name;
        HostPort = hostPort;
    }

    public string Name { get; }

    /// <summary>The port on 127.0.0.1 that reaches the app.</summary>
    public int HostPort { get; }

    public static Task<RunningContainer> StartAsync(DockerCli docker, ContainerOptions options)
    {
        var arguments = new List<string> { "-p", $"127.0.0.1::{options.ContainerPort}" };
        if (options.Hardened)
        {
            arguments.AddRange([
                "--read-only", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                "--tmpfs", "/tmp:rw,noexec,nosuid,size=64m"]);
        }

        if (options.Init)
            arguments.Add("--init");
        if (options.HealthInterval is { } interval)
            arguments.Add($"--health-interval={(int)interval.TotalMilliseconds}ms");
        arguments.Add(options.Image);
        return StartAsync(docker, arguments, options.ContainerPort);
    }

    /// <summary>Starts <c>docker run -d ARGS</c> (options, image, command) under a generated
    /// name; <paramref name="publishedPort"/> is the container port published with
    /// <c>-p 127.0.0.1::PORT</c> in the arguments, if any.</summary>
    public static async Task<RunningContainer> StartAsync(
        DockerCli docker, IReadOnlyList<string> runArguments, int? publishedPort = null)
    {
        var name = "dm-it-" + Guid.NewGuid().ToString("N")[..12];
        await docker.OutputAsync(["run", "-d", "--name", name, "--label", ImageBuilder.Label,
            .. runArguments]);
        if (publishedPort is not { } port)
            return new RunningContainer(docker, name, 0);

        var binding = await docker.OutputAsync(["port", name, $"{port}/tcp"]);
        var address = binding.Split('\n')[0];
        if (!address.StartsWith("127.0.0.1:", StringComparison.Ordinal))
        {
            await docker.RunAsync(["rm", "-f", "-v", name], TimeSpan.FromSeconds(30));
            throw new InvalidOperationException($"{name} published on {address}, not 127.0.0.1");
        }

        return new RunningContainer(docker, name, int.Parse(address[10..],
            CultureInfo.InvariantCulture));
    }

    /// <summary>The container's state as <c>docker inspect</c> reports it.</summary>
    public async Task<JsonElement> InspectAsync()
    {
        var json = await docker.OutputAsync(["inspect", Name]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement[0].Clone();
    }

    /// <summary>Waits until the HEALTHCHECK reports healthy; throws with the probe log and the
    /// container log when it turns unhealthy, the container exits, or time runs out.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var state = (await InspectAsync()).GetProperty("State");
            if (state.GetProperty("Status").GetString() is "exited" or "dead")
                throw await FailureAsync("exited before turning healthy", state);

            if (!state.TryGetProperty("Health", out var health))
                throw await FailureAsync("has no HEALTHCHECK", state);

            switch (health.GetProperty("Status").GetString())
            {
                case "healthy":
                    return clock.Elapsed;
                case "unhealthy":
                    throw await FailureAsync("turned unhealthy", state);
            }

            if (clock.Elapsed > timeout)
                throw await FailureAsync($"not healthy after {timeout.TotalSeconds:F0}s", state);
            await Task.Delay(250);
        }
    }

    /// <summary>GET on the published port, retried until the app answers or time runs
    /// out.</summary>
    public async Task<(int Status, string Body)> GetAsync(string path, TimeSpan timeout)
    {
        var uri = new Uri($"http://127.0.0.1:{HostPort}{path}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(uri);
                return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(250);
            }
            catch (TaskCanceledException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>The uid the container's main process runs as, read from /proc on this host
    /// (works for images without a shell or <c>id</c>).</summary>
    public async Task<int> ProcessUidAsync()
    {
        var pid = (await InspectAsync()).GetProperty("State").GetProperty("Pid").GetInt32();
        var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
        var uidLine = status.First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return int.Parse(uidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a command inside; null when the image has no such program (e.g. no shell
    /// in a distroless image).</summary>
    public async Task<string?> ExecAsync(params string[] command)
    {
        var result = await docker.RunAsync(["exec", Name, .. command], TimeSpan.FromSeconds(20));
        if (result.ExitCode is 126 or 127
            || result.Stderr.Contains("executable file not found", StringComparison.Ordinal)
            || result.Stderr.Contains("no such file or directory", StringComparison.Ordinal))
        {
            return null;
        }

        return result.EnsureSuccess().Stdout.Trim();
    }

    /// <summary>Runs a command inside and returns how it ended.</summary>
    public Task<CommandResult> ExecResultAsync(IReadOnlyList<string> options,
        params string[] command) =>
        docker.RunAsync(["exec", .. options, Name, .. command], TimeSpan.FromSeconds(30));

    /// <summary><c>docker stop -t GRACE</c>: how long it took and the exit code.</summary>
    public async Task<(TimeSpan Elapsed, int ExitCode)> StopAsync(TimeSpan grace)
    {
        var seconds = ((int)grace.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var result = await docker.RunAsync(["stop", "-t", seconds, Name],
            grace + TimeSpan.FromSeconds(30));
        result.EnsureSuccess();
        var state = (await InspectAsync()).GetProperty("State");
        return (result.Elapsed, state.GetProperty("ExitCode").GetInt32());
    }

    public async Task<string> LogsAsync()
    {
        var result = await docker.RunAsync(["logs", "--tail", "60", Name],
            TimeSpan.FromSeconds(20));
        return result.Stdout + result.Stderr;
    }

    public async ValueTask DisposeAsync()
    {
        await docker.RunAsync(["rm", "-f", "-v", Name], TimeSpan.FromSeconds(60));
    }

    private async Task<Exception> FailureAsync(string what, JsonElement state)
    {
        var probes = state.TryGetProperty("Health", out var health) ? health.GetRawText() : "";
        return new InvalidOperationException(
            $"container {Name} {what}\n--- state\n{probes}\n--- logs\n{await LogsAsync()}");
    }
}
