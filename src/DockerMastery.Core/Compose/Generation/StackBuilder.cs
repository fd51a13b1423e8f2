using DockerMastery.Core.Catalog;
using DockerMastery.Core.Compose.Rules;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Compose.Generation;

/// <summary>The stack while it is built: services, volumes, secrets, files, and what the app
/// needs from each service. Shared settings (logging, restart, limits, hardening) live
/// here.</summary>
internal sealed class StackBuilder(ComposeRequest request, VersionCatalog catalog)
{
    public const string LoggingAnchor = "default-logging";

    public ComposeRequest Request { get; } = request;

    public VersionCatalog Catalog { get; } = catalog;

    public bool Hardened => Request.Tier >= 3;

    public EnvironmentRegistry Env { get; } = new();

    public SortedDictionary<string, YamlOut.Map> Services { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, YamlOut.Map> Overrides { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Volumes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Secrets { get; } = new(StringComparer.Ordinal);

    public List<GeneratedFile> Files { get; } = [];

    public List<string> Assumptions { get; } = [];

    /// <summary>Environment the app gets from the services (host names, users, *_FILE
    /// paths).</summary>
    public YamlOut.Map AppEnvironment { get; } = new();

    public SortedSet<string> AppSecrets { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> AppDependsOn { get; } = new(StringComparer.Ordinal);

    public bool HasBackend { get; set; }

    public bool HasProxy { get; set; }

    public string Image(string key) => Catalog.Image(key).ToString();

    /// <summary>Declares a file secret; <paramref name="note"/> says how to create it.</summary>
    public string Secret(string name, string note)
    {
        Secrets[name] = note;
        return name;
    }

    /// <summary>A service with what every service gets: image, restart, healthcheck, logging,
    /// limits and (tier 3) hardening. The caller adds the rest.</summary>
    public YamlOut.Map Service(
        string name, string image, YamlOut.List healthTest, string memory, string cpus,
        string? user, IReadOnlyList<string> tmpfs, string startPeriod = "30s")
    {
        var service = new YamlOut.Map()
            .Add("image", image)
            .Add("restart", "unless-stopped")
            .Add("healthcheck", new YamlOut.Map()
                .Add("test", healthTest)
                .Add("interval", "10s")
                .Add("timeout", "5s")
                .Add("retries", YamlOut.Number(5))
                .Add("start_period", startPeriod))
            .Add("logging", new YamlOut.Alias(LoggingAnchor));
        service.Child("deploy").Child("resources").Child("limits")
            .Add("cpus", YamlOut.Quoted(cpus))
            .Add("memory", memory);
        if (Hardened)
        {
            if (user is not null)
                service.Add("user", YamlOut.Quoted(user));
            service.Add("read_only", YamlOut.Bool(true))
                .Add("tmpfs", YamlOut.Strings(tmpfs.Count == 0 ? ["/tmp"] : tmpfs))
                .Add("cap_drop", YamlOut.FlowSeq("ALL"))
                .Add("security_opt", YamlOut.Strings(["no-new-privileges:true"]));
        }

        Services[name] = service;
        return service;
    }

    /// <summary>The service's map in the development override, created on first use.</summary>
    public YamlOut.Map Override(string name)
    {
        if (!Overrides.TryGetValue(name, out var map))
        {
            map = new YamlOut.Map();
            Overrides[name] = map;
        }

        return map;
    }

    /// <summary>Publishes a data port on loopback in the development override.</summary>
    public void PublishForDevelopment(string service, string variable, int port, string what)
    {
        var host = Env.Default(variable,
            port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Host port for {what} in development (bound to 127.0.0.1 only).");
        var ports = new YamlOut.List([YamlOut.Quoted($"127.0.0.1:{host}:{port}")], Flow: false);
        Override(service).Add("ports", ports);
    }

    /// <summary>The service key order the rules expect (<see
    /// cref="DC304ServiceKeyOrder"/>).</summary>
    public static IReadOnlyList<string> KeyOrder => DC304ServiceKeyOrder.Order;
}
