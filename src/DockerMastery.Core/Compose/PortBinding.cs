using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose;

/// <summary>One entry of a service's <c>ports</c>, short or long syntax, read into its
/// parts.</summary>
/// <param name="HostIp">The host address it binds, or empty for every interface.</param>
/// <param name="Published">The host port or range, or empty when Docker picks one.</param>
/// <param name="Target">The container port or range.</param>
/// <param name="Protocol">tcp or udp.</param>
/// <param name="Node">The node it was read from.</param>
public sealed record PortBinding(
    string HostIp, string Published, string Target, string Protocol, YamlSourceNode Node)
{
    /// <summary>True when the binding listens on every host interface.</summary>
    public bool IsAllInterfaces => Published.Length > 0
        && HostIp is "" or "0.0.0.0" or "::" or "[::]";

    /// <summary>The container port as a number (the first of a range), or null.</summary>
    public int? TargetPort => int.TryParse(Target.Split('-')[0], out var p) ? p : null;

    /// <summary>The published host ports, ranges expanded (at most 1024 of them).</summary>
    public IEnumerable<int> PublishedPorts()
    {
        var parts = Published.Split('-');
        if (!int.TryParse(parts[0], out var first))
            yield break;
        var last = parts.Length == 2 && int.TryParse(parts[1], out var l) ? l : first;
        for (var port = first; port <= last && port - first < 1024; port++)
            yield return port;
    }

    /// <summary>Reads every binding of <paramref name="service"/>; entries that do not parse are
    /// left to the schema check.</summary>
    public static IEnumerable<PortBinding> Of(ComposeService service)
    {
        foreach (var item in service.Items("ports"))
        {
            var binding = item switch
            {
                YamlSourceScalar s => Parse(s.Value, s),
                YamlSourceMapping m => new PortBinding(
                    m.Text("host_ip") ?? "", m.Text("published") ?? "", m.Text("target") ?? "",
                    m.Text("protocol") ?? "tcp", m),
                _ => null,
            };
            if (binding is not null)
                yield return binding;
        }
    }

    /// <summary>Reads short syntax: <c>[[host_ip:]published:]target[/protocol]</c>.</summary>
    public static PortBinding? Parse(string text, YamlSourceNode node)
    {
        var protocol = "tcp";
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = text[(slash + 1)..];
            text = text[..slash];
        }

        var hostIp = "";
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != ':')
                return null;
            hostIp = text[..(close + 1)];
            text = text[(close + 2)..];
        }

        var parts = SplitOutsideBraces(text);
        return parts.Count switch
        {
            1 => new PortBinding(hostIp, "", parts[0], protocol, node),
            2 => new PortBinding(hostIp, parts[0], parts[1], protocol, node),
            3 when hostIp.Length == 0 => new PortBinding(parts[0], parts[1], parts[2], protocol,
                node),
            _ => null,
        };
    }

    // An interpolation such as ${PORT:-5432} holds a colon that does not separate fields.
    private static List<string> SplitOutsideBraces(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
                depth++;
            else if (text[i] == '}' && depth > 0)
                depth--;
            else if (text[i] == ':' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
