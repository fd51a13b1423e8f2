using ModelContextProtocol.Client;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>The built executable, run as a child process the way MCP clients start it.</summary>
public static class BuiltServer
{
    /// <summary>
    /// The path of docker-mastery.dll next to the tests (copied by the project reference).
    /// </summary>
    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "docker-mastery.dll");
            Assert.True(File.Exists(path), $"the built server is missing at {path}");
            return path;
        }
    }

    /// <summary>The repository root (the folder holding DockerMastery.Mcp.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null &&
                !File.Exists(Path.Combine(folder.FullName, "DockerMastery.Mcp.sln")))
                folder = folder.Parent;
            Assert.NotNull(folder);
            return folder.FullName;
        }
    }

    public static async Task<McpClient> StartStdioAsync(
        string? protocolVersion, IList<string>? stderr = null, params string[] extraArgs)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "docker-mastery",
            Command = "dotnet",
            Arguments = [Dll, .. extraArgs],
            StandardErrorLines = line =>
            {
                if (stderr is null)
                    return;
                lock (stderr)
                    stderr.Add(line);
            },
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ProtocolVersion = protocolVersion,

            // The server/discover probe also waits out the process start; on a busy machine
            // that takes longer than the 5 s default and the client would fall back.
            DiscoverProbeTimeout = TimeSpan.FromSeconds(60),
        });
    }
}
