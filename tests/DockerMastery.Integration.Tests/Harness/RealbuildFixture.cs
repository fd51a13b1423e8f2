using DockerMastery.Core.Catalog;
using DockerMastery.Integration.Tests.Benchmark;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// Shared by every integration test: checks once that the daemon and the stand-in images are
/// there (naming what is missing and how to get it), sweeps what an interrupted earlier run
/// left, and removes every container, volume and image the tests made when they finish.
/// </summary>
public sealed class RealbuildFixture : IAsyncLifetime
{
    private readonly List<ScenarioResult> results = [];
    private readonly List<BenchmarkRow> benchmark = [];

    public DockerCli Docker { get; } = DockerCli.Default;

    /// <summary>Per-run scratch folder for build contexts.</summary>
    public string WorkRoot { get; } =
        Path.Combine(Path.GetTempPath(), "dm-integration-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>What the scenarios measured, for the benchmark table.</summary>
    public IReadOnlyList<ScenarioResult> Results
    {
        get
        {
            lock (results)
                return [.. results];
        }
    }

    public void Record(ScenarioResult result)
    {
        lock (results)
            results.Add(result);
    }

    public void Record(BenchmarkRow row)
    {
        lock (benchmark)
            benchmark.Add(row);
    }

    public async Task InitializeAsync()
    {
        Docker.Environment.EnsureInstalled();
        var version = await Docker.RunAsync(
            ["version", "-f", "{{.Server.Version}}"], TimeSpan.FromSeconds(20));
        if (!version.Succeeded)
        {
            throw new InvalidOperationException(
                "the realbuild daemon does not answer; run tests/realbuild/setup.sh\n" + version.Stderr);
        }

        await AssertStandInsTaggedAsync();
        await SweepAsync(stale: true);
        Directory.CreateDirectory(WorkRoot);
    }

    public async Task DisposeAsync()
    {
        await WriteResultsAsync();
        await SweepAsync();
        if (Directory.Exists(WorkRoot))
            Directory.Delete(WorkRoot, recursive: true);
    }

    /// <summary>A fresh copy of <paramref name="source"/> to build from.</summary>
    public string CopyToWork(string source, string name)
    {
        var target = Path.Combine(WorkRoot, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules" or "target"))
                continue;

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Writes the benchmark table to DM_RESULTS_FILE (tests/realbuild/benchmark.sh
    /// sets it) when this run measured at least one sample.</summary>
    private async Task WriteResultsAsync()
    {
        var target = System.Environment.GetEnvironmentVariable("DM_RESULTS_FILE");
        List<BenchmarkRow> rows;
        lock (benchmark)
            rows = [.. benchmark];
        if (string.IsNullOrEmpty(target) || rows.Count == 0)
            return;

        var engine = await Docker.OutputAsync(["version", "-f", "{{.Server.Version}}"]);
        await File.WriteAllTextAsync(target, BenchmarkTable.Render(rows, Results, engine));
    }

    private async Task AssertStandInsTaggedAsync()
    {
        var list = Path.Combine(Docker.Environment.Repository, "tests", "realbuild",
            "standins.txt");
        var missing = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(list))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[0].StartsWith('#'))
                continue;

            var reference = VersionCatalog.Default.Image(fields[0]).ToString();
            var bare = reference.Split('@')[0];
            var inspect = await Docker.RunAsync(["image", "inspect", bare],
                TimeSpan.FromSeconds(20));
            if (!inspect.Succeeded)
                missing.Add($"{bare} (catalog key {fields[0]}, stand-in {fields[1]})");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "catalog images without a local stand-in; run tests/realbuild/setup.sh:\n  "
                + string.Join("\n  ", missing));
        }
    }

    /// <summary>Removes what this run created; at the start, also what runs that died more
    /// than two hours ago left behind (never a concurrent run's containers or images).</summary>
    private async Task SweepAsync(bool stale = false)
    {
        var ids = await Docker.OutputAsync(["ps", "-aq", "--filter",
            "label=" + ImageBuilder.Label]);
        if (ids.Length > 0)
            await Docker.OutputAsync(["rm", "-f", "-v", .. ids.Split('\n')],
                TimeSpan.FromMinutes(1));

        var images = await Docker.OutputAsync(["images", "-q", "--filter",
            "label=" + ImageBuilder.Label]);
        if (images.Length > 0)
        {
            await Docker.RunAsync(
                ["rmi", "-f", .. images.Split('\n').Distinct()], TimeSpan.FromMinutes(1));
        }

        if (!stale)
            return;

        string[] old = ["--filter", "label=" + ImageBuilder.LabelKey, "--filter", "until=2h"];
        await Docker.RunAsync(["container", "prune", "-f", .. old], TimeSpan.FromMinutes(1));
        await Docker.RunAsync(["image", "prune", "-a", "-f", .. old], TimeSpan.FromMinutes(1));
        await Docker.RunAsync(["network", "prune", "-f", .. old], TimeSpan.FromMinutes(1));
    }
}
