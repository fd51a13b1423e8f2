using DockerMastery.Mcp.Cli;

namespace DockerMastery.Mcp.Tests.Infrastructure;

/// <summary>A temporary copy of the node-express sample's files, and the command line run in
/// it (captured output, empty standard input). Deleted on dispose.</summary>
public sealed class NodeSampleFolder : IDisposable
{
    public NodeSampleFolder()
    {
        var sample = GenerateToolsTests.Sample("node-express");
        foreach (var file in new[] { "package.json", "package-lock.json", "server.js", "app.js" })
            File.Copy(System.IO.Path.Combine(sample, file), System.IO.Path.Combine(Path, file));
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("dm-cli-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);

    public async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), Path);
        var code = await VerbCatalog.RunAsync(args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
