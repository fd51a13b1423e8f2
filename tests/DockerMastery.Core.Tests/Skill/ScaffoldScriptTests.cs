using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DockerMastery.Core.Tests.Skill;

/// <summary>
/// Runs the Python suite of <c>skill/scripts/scaffold_docker.py</c> (tests/scripts), so the
/// script is checked on every <c>dotnet test</c>. Needs <c>python3</c> on PATH.
/// </summary>
public sealed partial class ScaffoldScriptTests
{
    [Fact]
    public async Task PythonSuitePassesEveryTest()
    {
        var root = RepositoryRoot();
        var suite = Path.Combine(root, "tests", "scripts", "test_scaffold_docker.py");
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(suite);

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("python3 did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = stdout + await stderr;

        var closing = ClosingLine().Match(output);
        Assert.True(closing.Success, $"no closing line in:\n{output}");
        Assert.Equal("0", closing.Groups["failed"].Value);
        Assert.True(int.Parse(closing.Groups["passed"].Value, null) >= 17, output);
        Assert.Equal(0, process.ExitCode);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DockerMastery.Mcp.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException("no DockerMastery.Mcp.sln above the test output");
    }

    [GeneratedRegex(@"scaffold_docker tests: (?<passed>\d+) passed, (?<failed>\d+) failed")]
    private static partial Regex ClosingLine();
}
