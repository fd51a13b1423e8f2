namespace DockerMastery.Mcp.Http;

/// <summary>An HTTP setting that would make the server unsafe or cannot work.</summary>
public sealed class HttpServerConfigurationException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public HttpServerConfigurationException(string message)
        : base(message)
    {
    }
}
