using System.Diagnostics;
using System.Text;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// Runs the realbuild docker client with an argument list (never through a shell) and a hard
/// timeout; on timeout the whole process tree is killed and the call fails naming the command.
/// </summary>
public sealed class DockerCli
{
    private readonly RealbuildEnvironment environment;

    public DockerCli(RealbuildEnvironment environment)
    {
        this.environment = environment;
    }

    public static DockerCli Default { get; } = new(RealbuildEnvironment.Current);

    public RealbuildEnvironment Environment => environment;

    /// <summary>Runs <c>docker ARGS</c>; the result carries the exit code, not an
    /// exception.</summary>
    public Task<CommandResult> RunAsync(
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        string? standardInput = null,
        IReadOnlyDictionary<string, string>? extraVariables = null) =>
        RunProcessAsync(
            environment.DockerBinary, arguments, timeout, workingDirectory, standardInput,
            extraVariables);

    /// <summary>Runs <c>docker ARGS</c> and throws with its output when it fails.</summary>
    public async Task<string> OutputAsync(
        IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var result = await RunAsync(arguments, timeout ?? TimeSpan.FromSeconds(30),
            workingDirectory);
        return result.EnsureSuccess().Stdout.Trim();
    }

    private async Task<CommandResult> RunProcessAsync(
        string program,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory,
        string? standardInput,
        IReadOnlyDictionary<string, string>? extraVariables)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? environment.Repository,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment.Variables)
            start.Environment[name] = value;
        foreach (var (name, value) in extraVariables ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var command = "docker " + string.Join(' ', start.ArgumentList);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
            await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"`{command}` did not finish within {timeout.TotalSeconds:F0}s\n"
                + CommandResult.Tail(stderr.ToString() + stdout));
        }

        process.WaitForExit();
        return new CommandResult(
            command, process.ExitCode, Locked(stdout), Locked(stderr), clock.Elapsed);
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
            return;

        lock (buffer)
            buffer.Append(line).Append('\n');
    }

    private static string Locked(StringBuilder buffer)
    {
        lock (buffer)
            return buffer.ToString();
    }
}
