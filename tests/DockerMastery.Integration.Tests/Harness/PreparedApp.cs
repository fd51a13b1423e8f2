namespace DockerMastery.Integration.Tests.Harness;

/// <summary>An app copied into a private build context with its Dockerfile, ready to
/// build.</summary>
/// <param name="Name">Short name for tags and messages, e.g. <c>go-http-t3</c>.</param>
/// <param name="Tier">The tier the Dockerfile was made for (1-4).</param>
/// <param name="Context">The build context folder (a copy; the test may edit it).</param>
/// <param name="Dockerfile">The Dockerfile text as generated (digests and all).</param>
/// <param name="Port">The port the app listens on in the container.</param>
/// <param name="ProbePath">An HTTP path that answers 200 when the app is up.</param>
/// <param name="SourceFile">A source file (relative to the context) a developer would edit.</param>
/// <param name="Init">The generated run command starts it with <c>--init</c> (an app that
/// installs no SIGTERM handler needs an init as PID 1); the test runs it the same way.</param>
public sealed record PreparedApp(
    string Name,
    int Tier,
    string Context,
    string Dockerfile,
    int Port,
    string ProbePath,
    string SourceFile,
    bool Init = false)
{
    public string Tag => $"dm-it/{Name}:{ImageBuilder.RunId}";

    /// <summary>Appends a comment line to the source file, in the file's comment syntax.</summary>
    public async Task ChangeSourceAsync()
    {
        var path = Path.Combine(Context, SourceFile);
        var marker = Path.GetExtension(path) is ".py" or ".rb" or ".toml" or ".yaml" ? "#" : "//";
        await File.AppendAllTextAsync(path,
            $"\n{marker} changed by the integration test {Guid.NewGuid():N}\n");
    }
}
