using System.Formats.Tar;
using System.Text.Json;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>What a built image is: its configured user, healthcheck, size, layers and
/// files.</summary>
public sealed record ImageFacts(
    string User,
    bool HasHealthcheck,
    TimeSpan HealthInterval,
    TimeSpan HealthStartInterval,
    long SizeBytes,
    int LayerCount)
{
    public static async Task<ImageFacts> ReadAsync(DockerCli docker, string image)
    {
        var json = await docker.OutputAsync(["image", "inspect", image]);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement[0];
        var config = root.GetProperty("Config");
        var user = config.TryGetProperty(nameof(User), out var u) ? u.GetString() ?? "" : "";
        var hasCheck = config.TryGetProperty("Healthcheck", out var check)
            && check.ValueKind == JsonValueKind.Object
            && check.TryGetProperty("Test", out var test)
            && test.ValueKind == JsonValueKind.Array
            && test.GetArrayLength() > 0
            && test[0].GetString() != "NONE";
        return new ImageFacts(
            user,
            hasCheck,
            hasCheck ? Nanoseconds(check, "Interval") : TimeSpan.Zero,
            hasCheck ? Nanoseconds(check, "StartInterval") : TimeSpan.Zero,
            root.GetProperty("Size").GetInt64(),
            root.GetProperty("RootFS").GetProperty("Layers").GetArrayLength());
    }

    /// <summary>Every path in the image's filesystem (from <c>docker export</c> of a created,
    /// never started container), with a leading slash.</summary>
    public static async Task<IReadOnlySet<string>> PathsAsync(DockerCli docker, string image)
    {
        var name = "dm-it-files-" + Guid.NewGuid().ToString("N")[..8];
        var tar = Path.Combine(Path.GetTempPath(), name + ".tar");
        try
        {
            await docker.OutputAsync(["create", "--name", name, "--label", ImageBuilder.Label,
                image, "x"]);
            await docker.OutputAsync(["export", "-o", tar, name], TimeSpan.FromMinutes(2));
            var paths = new HashSet<string>(StringComparer.Ordinal);
            await using var stream = File.OpenRead(tar);
            await using var reader = new TarReader(stream);
            while (await reader.GetNextEntryAsync() is { } entry)
                paths.Add("/" + entry.Name.TrimStart('.', '/').TrimEnd('/'));
            return paths;
        }
        finally
        {
            await docker.RunAsync(["rm", "-f", name], TimeSpan.FromSeconds(30));
            File.Delete(tar);
        }
    }

    private static TimeSpan Nanoseconds(JsonElement check, string property) =>
        check.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? TimeSpan.FromTicks(value.GetInt64() / 100)
            : TimeSpan.Zero;
}
