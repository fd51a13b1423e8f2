using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using DockerMastery.Core.Dockerfiles;
using DockerMastery.Core.Review;

// A recorded harness (Stopwatch, warm-up, several rounds, median), not BenchmarkDotNet:
// it finishes in about a minute on a shared 2-core machine and writes RESULTS.md.
var here = Here();
var root = Path.GetFullPath(Path.Combine(here, "..", ".."));
var corpus = Directory.GetFiles(Path.Combine(root, "tests", "DockerMastery.Core.Tests", "Dockerfiles", "Corpus"), "*.Dockerfile")
    .Order(StringComparer.Ordinal).ToArray();
var corpusTexts = corpus.Select(File.ReadAllText).ToArray();
var typical = File.ReadAllText(Path.Combine(here, "typical.Dockerfile"));
var write = args.Contains("--write");

var parseTypical = Measure(() => DockerfileParser.Parse(typical), 1, 4000);
var reviewTypical = Measure(() => DockerfileReviewer.Review(typical), 1, 2000);
var reviewCorpus = Measure(() => { foreach (var text in corpusTexts) DockerfileReviewer.Review(text); }, corpus.Length, 100);
var findings = corpusTexts.Sum(t => DockerfileReviewer.Review(t).Findings.Count);

var cli = Path.Combine(root, "src", "DockerMastery.Mcp", "bin", "Release", "net10.0", "docker-mastery.dll");
var peer = Path.Combine(here, "peers", "node_modules", ".bin", "dockerfilelint");
var ours = File.Exists(cli) ? MeasureProcess("dotnet", [cli, "lint", "--no-fail", "--format", "json", .. corpus], corpus.Length) : null;
var theirs = File.Exists(peer) ? MeasureProcess(peer, ["-j", .. corpus], corpus.Length) : null;

var report = new StringBuilder()
    .AppendLine("# Reviewer benchmark")
    .AppendLine()
    .AppendLine("Recorded by `dotnet run -c Release --project tests/DockerMastery.Benchmarks -- --write`")
    .AppendLine("(a Stopwatch harness: warm-up, then the median of 5 rounds). Machine: " +
        $"{Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, " +
        $"{DateTime.UtcNow:yyyy-MM-dd}, load average {LoadAverage()} while measuring. The machine is shared with other jobs, " +
        "so treat the numbers as an order of magnitude and compare rows of one run with each other.")
    .AppendLine()
    .AppendLine("## In process (the library the MCP tool and the CLI call)")
    .AppendLine()
    .AppendLine("| what | files/second | time per file |")
    .AppendLine("| --- | ---: | ---: |")
    .AppendLine(Row($"parse only, typical {typical.Split('\n').Length - 1}-line Dockerfile", parseTypical))
    .AppendLine(Row($"parse + all {RuleCatalog.All.Count} rules, typical Dockerfile", reviewTypical))
    .AppendLine(Row($"parse + all rules, corpus of {corpus.Length} files ({findings} findings)", reviewCorpus))
    .AppendLine()
    .AppendLine("## Side by side with dockerfilelint (npm, 1.8.0), same corpus, one process each")
    .AppendLine()
    .AppendLine("Both run as command-line processes over the same files, start-up included; a process")
    .AppendLine("per run is how CI invokes either tool.")
    .AppendLine()
    .AppendLine("| tool | wall time for the corpus | files/second |")
    .AppendLine("| --- | ---: | ---: |")
    .AppendLine(ProcessRow("docker-mastery lint (Release build)", ours))
    .AppendLine(ProcessRow("dockerfilelint -j", theirs))
    .AppendLine()
    .AppendLine($"docker-mastery checks {RuleCatalog.All.Count} rules (hadolint DL ids, BuildKit checks, ShellCheck checks on its own shell reader, DM rules);")
    .AppendLine("dockerfilelint checks about 30 and does not read shell commands, pragmas or heredocs.");

Console.Write(report);
if (write)
    await File.WriteAllTextAsync(Path.Combine(here, "RESULTS.md"), report.ToString());

static (double FilesPerSecond, double MicrosecondsPerFile) Measure(Action action, int filesPerCall, int calls)
{
    for (var i = 0; i < Math.Max(10, calls / 10); i++)
        action();
    var rounds = new List<double>();
    for (var round = 0; round < 5; round++)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
            action();
        rounds.Add(watch.Elapsed.TotalSeconds);
    }

    var median = rounds.Order().ElementAt(2);
    var files = (double)filesPerCall * calls;
    return (files / median, median / files * 1e6);
}

static (double Seconds, double FilesPerSecond)? MeasureProcess(string program, string[] arguments, int files)
{
    var rounds = new List<double>();
    for (var round = 0; round < 4; round++)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (round > 0)
            rounds.Add(watch.Elapsed.TotalSeconds);
    }

    var median = rounds.Order().ElementAt(1);
    return (median, files / median);
}

static string Row(string what, (double FilesPerSecond, double MicrosecondsPerFile) measured) =>
    string.Create(CultureInfo.InvariantCulture, $"| {what} | {measured.FilesPerSecond:N0} | {measured.MicrosecondsPerFile:N0} µs |");

static string ProcessRow(string tool, (double Seconds, double FilesPerSecond)? measured) =>
    measured is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"| {tool} | {m.Seconds:N2} s | {m.FilesPerSecond:N0} |")
        : $"| {tool} | not installed | - |";

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

static string Here([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
