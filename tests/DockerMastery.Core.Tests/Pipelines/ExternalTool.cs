using System.Diagnostics;

namespace DockerMastery.Core.Tests.Pipelines;

/// <summary>Runs a consumer's own validator as a child process, with a time limit.</summary>
internal static class ExternalTool
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Validators => Path.Combine(RepoRoot, "tests", "tools", "validators");

    /// <summary>True when <c>npm ci</c> has been run in the validators folder.</summary>
    public static bool ValidatorsInstalled =>
        Directory.Exists(Path.Combine(Validators, "node_modules", "@actions", "workflow-parser"));

    public static (int ExitCode, string Output) Run(
        string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Validators,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Writes files into a fresh temporary folder and returns their paths.</summary>
    public static (string Folder, List<string> Paths) WriteTemp(
        IEnumerable<(string Name, string Content)> files)
    {
        var folder = Path.Combine(Path.GetTempPath(),
            "dm-pipelines-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            paths.Add(path);
        }

        return (folder, paths);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName,
            "DockerMastery.Mcp.sln")))
            directory = directory.Parent;
        return directory?.FullName
            ?? throw new InvalidOperationException("repository root (DockerMastery.Mcp.sln) not "
                + "found");
    }
}
