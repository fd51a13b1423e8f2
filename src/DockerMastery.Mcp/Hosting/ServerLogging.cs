using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace DockerMastery.Mcp.Hosting;

/// <summary>
/// Serilog for the server: structured, to stderr only (stdout belongs to JSON-RPC on stdio).
/// The level comes from <c>--log-level</c>, else <see cref="LevelVariable"/>, else Information.
/// </summary>
public static class ServerLogging
{
    /// <summary>The environment variable that sets the level when no option does.</summary>
    public const string LevelVariable = "DOCKER_MASTERY_LOG_LEVEL";

    /// <summary>The environment variable that switches stderr to compact JSON lines.</summary>
    public const string FormatVariable = "DOCKER_MASTERY_LOG_FORMAT";

    /// <summary>Level words accepted, lower case, with the Serilog level each maps to.</summary>
    public static IReadOnlyDictionary<string, LogEventLevel> Levels { get; } =
        new Dictionary<string, LogEventLevel>(StringComparer.OrdinalIgnoreCase)
        {
            ["trace"] = LogEventLevel.Verbose, ["verbose"] = LogEventLevel.Verbose,
            ["debug"] = LogEventLevel.Debug, ["information"] = LogEventLevel.Information,
            ["info"] = LogEventLevel.Information, ["warning"] = LogEventLevel.Warning,
            ["warn"] = LogEventLevel.Warning, ["error"] = LogEventLevel.Error,
            ["fatal"] = LogEventLevel.Fatal, ["critical"] = LogEventLevel.Fatal,
        };

    /// <summary>Reads the level from the option value or the environment.</summary>
    /// <returns>
    /// The level, or null with <paramref name="problem"/> set when a value is bad.
    /// </returns>
    public static LogEventLevel? ResolveLevel(string? option, out string? problem)
    {
        problem = null;
        var source = option is null ? LevelVariable : "--log-level";
        var word = option ?? Environment.GetEnvironmentVariable(LevelVariable);
        if (string.IsNullOrWhiteSpace(word))
            return LogEventLevel.Information;
        if (Levels.TryGetValue(word.Trim(), out var level))
            return level;

        problem = $"{source}: '{word}' is not one of {string.Join(", ", Levels.Keys)}";
        return null;
    }

    /// <summary>A logger writing every event to stderr, never to stdout.</summary>
    public static Logger Create(LogEventLevel level)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft.AspNetCore", Max(level, LogEventLevel.Warning))
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", level)
            .Enrich.FromLogContext();
        var json = string.Equals(
            Environment.GetEnvironmentVariable(FormatVariable), "json",
            StringComparison.OrdinalIgnoreCase);
        configuration = json
            ? configuration.WriteTo.Console(
                new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
            : configuration.WriteTo.Console(
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate:
                "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}" +
                "{NewLine}{Exception}");
        return configuration.CreateLogger();
    }

    private static LogEventLevel Max(LogEventLevel a, LogEventLevel b) => a > b ? a : b;
}
