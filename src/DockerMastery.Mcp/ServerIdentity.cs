using System.Reflection;

namespace DockerMastery.Mcp;

/// <summary>The server's name and version, read from the assembly.</summary>
public static class ServerIdentity
{
    /// <summary>The MCP implementation name.</summary>
    public const string Name = "docker-mastery";

    /// <summary>The informational version without build metadata.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ServerIdentity).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
            return typeof(ServerIdentity).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
