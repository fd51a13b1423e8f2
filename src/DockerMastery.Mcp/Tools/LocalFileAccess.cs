namespace DockerMastery.Mcp.Tools;

/// <summary>
/// Whether tools may read and write the server machine's disk (project paths, scaffold
/// writes). A stdio server runs on the user's machine and may; a server reachable over HTTP
/// may not, so remote callers cannot probe its disk. When nothing is registered, access is
/// allowed unless the process hosts an HTTP server (an ASP.NET Core <c>IServer</c>).
/// </summary>
/// <param name="Enabled">True to allow project paths and scaffold writes.</param>
public sealed record LocalFileAccess(bool Enabled);
