namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// Where the daemon of tests/realbuild/setup.sh lives (RB_ROOT, default /tmp/realbuild) and the
/// environment its client needs: its own socket, its own CLI plugins (buildx, compose) and the
/// engine-26 client first on PATH (the host's /usr/local/bin/docker lacks buildx).
/// </summary>
public sealed class RealbuildEnvironment
{
    private RealbuildEnvironment(string root, string repository)
    {
        Root = root;
        Repository = repository;
    }

    /// <summary>The environment this test run uses.</summary>
    public static RealbuildEnvironment Current { get; } = new(
        Environment.GetEnvironmentVariable("RB_ROOT") is { Length: > 0 } root ? root : "/tmp/realbuild",
        FindRepository());

    public string Root { get; }

    /// <summary>The repository checkout the tests run from.</summary>
    public string Repository { get; }

    public string DockerBinary => Path.Combine(Root, "bin", "docker");

    /// <summary>Environment variables every docker command gets.</summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
    {
        ["DOCKER_HOST"] = "unix://" + Path.Combine(Root, "docker.sock"),
        ["DOCKER_CONFIG"] = Path.Combine(Root, "docker-config"),
        ["DOCKER_BUILDKIT"] = "1",
        ["BUILDX_NO_DEFAULT_ATTESTATIONS"] = "1",
        ["COMPOSE_DOCKER_CLI_BUILD"] = "1",
        ["PATH"] = Path.Combine(Root, "bin") + ":"
            + (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin"),
    };

    /// <summary>Throws a message saying how to set up the daemon when it is not there.</summary>
    public void EnsureInstalled()
    {
        if (!File.Exists(DockerBinary) || !File.Exists(Path.Combine(Root, "docker.sock")))
        {
            throw new InvalidOperationException(
                $"no realbuild Docker daemon under {Root}: run tests/realbuild/setup.sh (as root) "
                + "or tests/realbuild/run-integration.sh, which sets it up and runs these tests");
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DockerMastery.Mcp.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"DockerMastery.Mcp.sln not found above {AppContext.BaseDirectory}");
    }
}
