using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose;

/// <summary>One entry of a service's <c>volumes</c>, short or long syntax.</summary>
/// <param name="Type">volume, bind, tmpfs, npipe, image or cluster.</param>
/// <param name="Source">The named volume or host path; empty for anonymous volumes and
/// tmpfs.</param>
/// <param name="Target">The path inside the container.</param>
/// <param name="Node">The node it was read from.</param>
public sealed record VolumeMount(string Type, string Source, string Target, YamlSourceNode Node)
{
    /// <summary>Reads every mount of <paramref name="service"/>.</summary>
    public static IEnumerable<VolumeMount> Of(ComposeService service)
    {
        foreach (var item in service.Items("volumes"))
        {
            if (item is YamlSourceMapping m)
            {
                yield return new VolumeMount(
                    m.Text("type") ?? "volume", m.Text("source") ?? "", m.Text("target") ?? "",
                    m["source"] ?? m);
                continue;
            }

            if (item is not YamlSourceScalar s)
                continue;

            var parts = s.Value.Split(':');
            if (parts.Length == 1)
            {
                yield return new VolumeMount("volume", "", parts[0], s);
                continue;
            }

            var source = parts[0];
            var isPath = source.StartsWith('/') || source.StartsWith('.')
                || source.StartsWith('~') ||
                source.StartsWith('$') || source.Contains('/', StringComparison.Ordinal);
            yield return new VolumeMount(isPath ? "bind" : "volume", source, parts[1], s);
        }
    }
}
