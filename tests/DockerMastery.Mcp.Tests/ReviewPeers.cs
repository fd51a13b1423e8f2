using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace DockerMastery.Mcp.Tests;

/// <summary>The npm tools the reviewer is checked against, installed from
/// <c>tests/DockerMastery.Benchmarks/peers/package-lock.json</c> with <c>npm ci</c> on first
/// use (the npm registry is reachable wherever these tests run).</summary>
public static class ReviewPeers
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "DockerMastery.Benchmarks", "peers"));

    public static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    /// <summary>The SARIF multitool executable.</summary>
    public static string SarifMultitool => Path.Combine(Installed.Value, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    private static string Install()
    {
        var folder = Folder();
        var tool = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(tool))
        {
            var (exit, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            if (exit != 0)
                throw new InvalidOperationException($"npm ci in {folder} failed ({exit}): {output}");
        }

        // npm may skip the package's postinstall that marks the binary executable.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(tool, File.GetUnixFileMode(tool) | UnixFileMode.UserExecute);
        return folder;
    }

    public static (int Exit, string Output) Run(string program, IEnumerable<string> args, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
