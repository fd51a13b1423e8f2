using System.Globalization;
using System.Text;

namespace DockerMastery.Mcp.LoadTest;

/// <summary>What one mode's run measured.</summary>
internal sealed record LoadResult(
    LoadMode Mode,
    LoadSettings Settings,
    double[] SortedLatencies,
    string[] Errors,
    TimeSpan Elapsed,
    long ResidentBefore,
    long ResidentAfter,
    long ResidentEnd)
{
    public int Calls => SortedLatencies.Length;

    public double Percentile(double p) =>
        SortedLatencies.Length == 0
            ? 0
            : SortedLatencies[Math.Min(SortedLatencies.Length - 1,
                (int)Math.Ceiling(p / 100 * SortedLatencies.Length) - 1)];

    public static string Header(LoadSettings settings) =>
        "# Load test\n\n" +
        "Written by `tests/DockerMastery.Mcp.LoadTest` (run it again with " +
        "`tests/DockerMastery.Mcp.LoadTest/run.sh`). The built server runs as a child process " +
        "with `serve --http` on 127.0.0.1 (ephemeral port); " +
        $"{settings.Clients} SDK clients connect at once and each makes " +
        $"{settings.CallsPerClient} tool calls (select_tier and search_skill, varied " +
        "arguments) over Streamable HTTP. Latency is per call, as the client sees it. " +
        "Memory is the server's resident set size from /proc after a warm-up (before) and " +
        "after the last call (after).\n\n" +
        $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
        $"{DateTime.UtcNow:yyyy-MM-dd} UTC, load average at the start {LoadAverage()} (the " +
        "client, the server and anything else running share these cores, so the latencies " +
        "are an upper bound for a dedicated host).\n\n";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "unknown";

    public string Summary() =>
        $"{Mode.Name}: {Calls} calls, {Errors.Length} errors, " +
        $"p50 {LoadRun.Format(Percentile(50))} ms, p99 {LoadRun.Format(Percentile(99))} ms, " +
        $"{LoadRun.Format(Calls / Elapsed.TotalSeconds)} calls/s, " +
        $"RSS {Megabytes(ResidentBefore)} -> {Megabytes(ResidentAfter)} MB";

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {Mode.Name}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Server: {Mode.Note}.");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("| --- | --- |");
        Row(text, "clients", Settings.Clients.ToString(CultureInfo.InvariantCulture));
        Row(text, "tool calls", Calls.ToString(CultureInfo.InvariantCulture));
        Row(text, "errors", Errors.Length.ToString(CultureInfo.InvariantCulture));
        Row(text, "wall time", $"{LoadRun.Format(Elapsed.TotalSeconds)} s");
        Row(text, "throughput", $"{LoadRun.Format(Calls / Elapsed.TotalSeconds)} calls/s");
        foreach (var p in (double[])[50, 90, 95, 99])
            Row(text, $"latency p{p}", $"{LoadRun.Format(Percentile(p))} ms");
        Row(text, "latency max", $"{LoadRun.Format(SortedLatencies.LastOrDefault())} ms");
        Row(text, "server RSS before", $"{Megabytes(ResidentBefore)} MB");
        Row(text, "server RSS after", $"{Megabytes(ResidentAfter)} MB");
        Row(text, "server RSS after the clients left", $"{Megabytes(ResidentEnd)} MB");
        text.AppendLine();
        foreach (var error in Errors.Distinct().Take(10))
            text.AppendLine(CultureInfo.InvariantCulture, $"- error: {error}");
        if (Errors.Length > 0)
            text.AppendLine();
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string value) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
