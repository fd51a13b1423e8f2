using System.Globalization;
using Serilog.Events;

namespace DockerMastery.Mcp.Hosting;

/// <summary>
/// The options of <c>serve</c>, parsed from the command line and the environment.
/// </summary>
public sealed record ServeOptions
{
    /// <summary>The environment variable holding the bearer token itself.</summary>
    public const string TokenVariable = "DOCKER_MASTERY_TOKEN";

    /// <summary>The environment variable naming a file that holds the bearer token.</summary>
    public const string TokenFileVariable = "DOCKER_MASTERY_TOKEN_FILE";

    /// <summary>The shortest token accepted, so a guessable token cannot be configured.</summary>
    public const int MinTokenLength = 16;

    /// <summary>The log level.</summary>
    public LogEventLevel LogLevel { get; init; } = LogEventLevel.Information;

    /// <summary>Serve HTTP instead of stdio.</summary>
    public bool Http { get; init; }

    /// <summary>The addresses to listen on (HTTP only).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:3001"];

    /// <summary>
    /// Stateless Streamable HTTP (no sessions, no legacy SSE) for load-balanced replicas.
    /// </summary>
    public bool Stateless { get; init; }

    /// <summary>Host names accepted in the Host header; empty means the loopback names.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Origins accepted in the Origin header; empty means loopback origins only.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The bearer token required on every MCP request, or null for none.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>
    /// Requests per second per client (token bucket refill); 0 turns the limit off.
    /// </summary>
    public int RatePerSecond { get; init; } = 100;

    /// <summary>Requests in flight per client.</summary>
    public int MaxConcurrency { get; init; } = 32;

    /// <summary>How long shutdown waits for in-flight calls.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The option lines of <c>serve --help</c>.</summary>
    public static string Help =>
        """
        usage: docker-mastery serve [options]

          --log-level L         trace|debug|information|warning|error|fatal (default information;
                                env DOCKER_MASTERY_LOG_LEVEL). Logs go to stderr only.
          --http                serve Streamable HTTP at /mcp (and legacy SSE at /mcp/sse)
                                instead of stdio
          --urls U[;U]          listen addresses (default http://127.0.0.1:3001)
          --stateless           no sessions and no legacy SSE: for replicas behind a balancer
          --allowed-hosts H,H   Host header names accepted (default localhost, 127.0.0.1, ::1)
          --allowed-origins O,O browser Origins accepted (default loopback origins only)
          --token-file F        require 'Authorization: Bearer <token>' with the token in F
                                (or env DOCKER_MASTERY_TOKEN / DOCKER_MASTERY_TOKEN_FILE)
          --max-body-bytes N    request body cap (default 8388608)
          --rate-limit N        requests per second per client, 0 = off (default 100)
          --max-concurrency N   requests in flight per client (default 32)
          --shutdown-timeout S  seconds to finish in-flight calls on shutdown (default 20)
        """;

    /// <summary>
    /// Parses <paramref name="args"/>; on a bad option returns null and the reason.
    /// </summary>
    public static ServeOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        var options = new ServeOptions();
        string? level = null;
        string? tokenFile = Environment.GetEnvironmentVariable(TokenFileVariable);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--http")
            {
                options = options with { Http = true };
                continue;
            }

            if (name == "--stateless")
            {
                options = options with { Stateless = true };
                continue;
            }

            if (i + 1 >= args.Count || !name.StartsWith("--", StringComparison.Ordinal))
            {
                problem = name.StartsWith("--", StringComparison.Ordinal)
                    ? $"{name}: needs a value"
                    : $"'{name}' is not an option of serve";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--log-level":
                    level = value;
                    break;
                case "--urls":
                    options = options with { Urls = List(value, ';') };
                    break;
                case "--allowed-hosts":
                    options = options with { AllowedHosts = List(value, ',') };
                    break;
                case "--allowed-origins":
                    options = options with { AllowedOrigins = List(value, ',') };
                    break;
                case "--token-file":
                    tokenFile = value;
                    break;
                case "--max-body-bytes":
                    if (!Number(name, value, 1024, long.MaxValue, out var body, out problem))
                        return null;
                    options = options with { MaxBodyBytes = body };
                    break;
                case "--rate-limit":
                    if (!Number(name, value, 0, 1_000_000, out var rate, out problem))
                        return null;
                    options = options with { RatePerSecond = (int)rate };
                    break;
                case "--max-concurrency":
                    if (!Number(name, value, 1, 100_000, out var concurrency, out problem))
                        return null;
                    options = options with { MaxConcurrency = (int)concurrency };
                    break;
                case "--shutdown-timeout":
                    if (!Number(name, value, 0, 3600, out var seconds, out problem))
                        return null;
                    options = options with { ShutdownTimeout = TimeSpan.FromSeconds(seconds) };
                    break;
                default:
                    problem = $"'{name}' is not an option of serve";
                    return null;
            }
        }

        var resolved = ServerLogging.ResolveLevel(level, out problem);
        if (resolved is null)
            return null;

        var token = ReadToken(tokenFile, out problem);
        if (problem is not null)
            return null;

        return options with { LogLevel = resolved.Value, Token = token };
    }

    private static string? ReadToken(string? tokenFile, out string? problem)
    {
        problem = null;
        string? token;
        string source;
        if (!string.IsNullOrEmpty(tokenFile))
        {
            source = $"--token-file {tokenFile}";
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"{source}: cannot read ({ex.GetType().Name})";
                return null;
            }
        }
        else
        {
            source = TokenVariable;
            token = Environment.GetEnvironmentVariable(TokenVariable)?.Trim();
            if (string.IsNullOrEmpty(token))
                return null;
        }

        if (token.Length < MinTokenLength || token.Any(c => c < '!' || c > '~'))
        {
            problem = $"{source}: the token must be at least {MinTokenLength} printable ASCII " +
                "characters without spaces";
            return null;
        }

        return token;
    }

    private static string[] List(string value, char separator) =>
        value.Split(
            separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Number(
        string name, string value, long min, long max, out long number, out string? problem)
    {
        problem = null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) &&
            number >= min && number <= max)
        {
            return true;
        }

        problem = $"{name}: '{value}' is not a whole number in {min}..{max}";
        return false;
    }
}
