using DockerMastery.Mcp.Hosting;
using Microsoft.AspNetCore.Http;

namespace DockerMastery.Mcp.Http;

/// <summary>
/// Refuses requests whose Host or Origin is not allowed, which stops DNS rebinding: a web page
/// on another site that resolves its own name to 127.0.0.1 still sends its own Host and
/// Origin. The MCP SDK checks neither.
/// </summary>
internal sealed class RequestGuard
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "::1", "[::1]"];

    private readonly HashSet<string> _hosts;
    private readonly HashSet<string> _origins;

    public RequestGuard(ServeOptions options)
    {
        _hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _origins = new HashSet<string>(
            options.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        if (options.AllowedHosts.Count > 0)
        {
            _hosts.UnionWith(options.AllowedHosts);
            return;
        }

        _hosts.UnionWith(LoopbackHosts);
        foreach (var url in options.Urls)
        {
            var host = HostOf(url);
            if (host is null or "0.0.0.0" or "*" or "+" or "[::]" or "::")
            {
                throw new HttpServerConfigurationException(
                    $"--urls {url} listens beyond loopback: pass --allowed-hosts with the host " +
                    "names clients use (and set a token with --token-file)");
            }

            _hosts.Add(host);
        }
    }

    /// <summary>Why the request is refused, or null when it may pass.</summary>
    public string? Check(HttpRequest request)
    {
        var host = request.Host.Host;
        if (string.IsNullOrEmpty(host) || !_hosts.Contains(host))
            return "Host header is not an allowed host";

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return null;

        return OriginAllowed(origin) ? null : "Origin is not an allowed origin";
    }

    private bool OriginAllowed(string origin)
    {
        if (_origins.Count > 0)
            return _origins.Contains(origin.TrimEnd('/'));

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) &&
            uri.Scheme is "http" or "https" &&
            (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
    }

    private static string? HostOf(string url)
    {
        var text = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal)
            .Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            return null;
        return uri.Host == "wildcard.invalid" ? "*" : uri.Host;
    }
}
