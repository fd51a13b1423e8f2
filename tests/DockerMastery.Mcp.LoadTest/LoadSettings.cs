using System.Globalization;

namespace DockerMastery.Mcp.LoadTest;

/// <summary>The load test's options.</summary>
internal sealed record LoadSettings(
    string Dll,
    int Clients,
    int CallsPerClient,
    TimeSpan Deadline,
    string? Report,
    IReadOnlyList<LoadMode> Modes)
{
    public const string Usage =
        "usage: DockerMastery.Mcp.LoadTest --dll path/to/docker-mastery.dll [--clients 32] " +
        "[--calls 100] [--deadline 300] [--report LOAD.md] [--mode stateful|stateless|both]";

    public static LoadSettings? Parse(string[] args)
    {
        string? dll = null;
        string? report = null;
        var clients = 32;
        var calls = 100;
        var deadline = 300;
        IReadOnlyList<LoadMode> modes = [LoadMode.Stateful, LoadMode.Stateless];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--dll": dll = value; break;
                case "--report": report = value; break;
                case "--clients" when Bounded(value, 1, 256, out var c): clients = c; break;
                case "--calls" when Bounded(value, 1, 10_000, out var n): calls = n; break;
                case "--deadline" when Bounded(value, 10, 1800, out var d): deadline = d; break;
                case "--mode" when value == "stateful": modes = [LoadMode.Stateful]; break;
                case "--mode" when value == "stateless": modes = [LoadMode.Stateless]; break;
                case "--mode" when value == "both": break;
                default: return null;
            }
        }

        if (args.Length % 2 != 0 || dll is null || !File.Exists(dll))
            return null;

        return new LoadSettings(dll, clients, calls, TimeSpan.FromSeconds(deadline), report, modes);
    }

    private static bool Bounded(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) &&
        value >= min && value <= max;
}
