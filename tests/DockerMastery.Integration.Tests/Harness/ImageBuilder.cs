using System.Text.RegularExpressions;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// Builds a Dockerfile with BuildKit and plain progress, after the one rewrite the offline
/// harness needs: <c>@sha256:</c> digests are stripped, because images made locally have no
/// registry digest (generated files keep theirs; only this copy loses them).
/// </summary>
public sealed partial class ImageBuilder
{
    private readonly DockerCli docker;

    public ImageBuilder(DockerCli docker)
    {
        this.docker = docker;
    }

    /// <summary>The label key on everything the integration tests create.</summary>
    public const string LabelKey = "dev.docker-mastery.integration";

    /// <summary>This test run's id: in the label value and in image tags, so that runs sharing
    /// the daemon (other developers, CI) never sweep or overwrite each other's images.</summary>
    public static readonly string RunId = Guid.NewGuid().ToString("N")[..10];

    /// <summary>Label on everything this run creates, for the final sweep.</summary>
    public static readonly string Label = $"{LabelKey}={RunId}";

    /// <summary>The Dockerfile text the offline daemon can build.</summary>
    public static string Offline(string dockerfile) =>
        string.Join('\n', dockerfile.Split('\n').Select(line =>
            line.TrimStart().StartsWith('#') ? line : Digest().Replace(line, "")));

    /// <summary>Writes <paramref name="dockerfile"/> (offline form) into the context as
    /// <c>Dockerfile</c> and builds it; throws with the build log's tail when it fails.</summary>
    public async Task<BuildOutcome> BuildAsync(
        string context,
        string dockerfile,
        string tag,
        bool noCache = false,
        IReadOnlyDictionary<string, string>? buildArgs = null,
        TimeSpan? timeout = null)
    {
        await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), Offline(dockerfile));
        var arguments = new List<string>
        {
            "build", "--progress=plain", "--label", Label, "-t", tag, "-f",
            Path.Combine(context, "Dockerfile"),
        };
        if (noCache)
            arguments.Add("--no-cache");
        foreach (var (name, value) in buildArgs ?? new Dictionary<string, string>())
            arguments.AddRange(["--build-arg", $"{name}={value}"]);
        arguments.Add(context);

        var result = await docker.RunAsync(arguments, timeout ?? TimeSpan.FromMinutes(5));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"building {tag} from {context} failed (exit {result.ExitCode}):\n"
                + CommandResult.Tail(result.Stderr, 60));
        }

        return new BuildOutcome(tag, result.Elapsed, BuildProgress.Parse(result.Stderr),
            result.Stderr);
    }

    [GeneratedRegex("@sha256:[0-9a-fA-F]{64}")]
    private static partial Regex Digest();
}
