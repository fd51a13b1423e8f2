using System.Text.Json;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Yaml;
using DockerMastery.Mcp.Tools;

namespace DockerMastery.Mcp.Cli;

/// <summary><c>review-compose &lt;file|-&gt;</c>: the review_compose tool on the command line.
/// Exits 1 when a finding at warning or above remains, 2 on bad usage.</summary>
public sealed class ReviewComposeVerb : ICliVerb
{
    private static readonly JsonSerializerOptions Json =
        new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <inheritdoc />
    public string Name => "review-compose";

    /// <inheritdoc />
    public string Summary => "review a compose file: schema, semantic checks, DC rules";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? path = null;
        string? basePath = null;
        var format = "text";
        var ignore = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    await console.Out.WriteLineAsync(
                        "usage: docker-mastery review-compose <file|-> [--format text|json] " +
                        "[--base compose.yaml] [--ignore DC305]...\n" +
                        "an override file (compose.override.yaml) is reviewed with the " +
                        "compose.yaml beside it unless --base names another\n" +
                        "exit: 0 clean or style only, 1 warnings or errors, 2 bad " +
                            "usage").ConfigureAwait(false);
                    return 0;
                case "--format" when i + 1 < args.Count:
                    format = args[++i];
                    break;
                case "--base" when i + 1 < args.Count:
                    basePath = args[++i];
                    break;
                case "--ignore" when i + 1 < args.Count:
                    ignore.Add(args[++i]);
                    break;
                default:
                    if (path is not null || (args[i].StartsWith('-') && args[i] != "-"))
                        return await Usage(console,
                            $"unexpected argument '{args[i]}'").ConfigureAwait(false);
                    path = args[i];
                    break;
            }
        }

        if (path is null)
            return await Usage(console,
                "name a compose file, or - for standard input").ConfigureAwait(false);
        if (format is not ("text" or "json"))
            return await Usage(console,
                $"--format must be text or json, not '{format}'").ConfigureAwait(false);
        var unknown = ignore.FirstOrDefault(id => ComposeReviewer.Rule(id) is null);
        if (unknown is not null)
            return await Usage(console,
                $"--ignore: '{unknown}' is not a compose rule id").ConfigureAwait(false);

        basePath ??= await SiblingBaseAsync(path, console).ConfigureAwait(false);
        var text = await Read(path, console, cancellationToken).ConfigureAwait(false);
        var baseText = basePath is null ? null : await Read(basePath, console,
            cancellationToken).ConfigureAwait(false);
        if (text is null || (basePath is not null && baseText is null))
            return 2;

        ComposeReview review;
        try
        {
            review = ComposeReviewer.Review(text, baseText is null ? null : [baseText], ignore);
        }
        catch (YamlSyntaxException e)
        {
            await console.Error.WriteLineAsync($"review-compose: {basePath}: " +
                $"{e.Message}").ConfigureAwait(false);
            return 2;
        }

        var name = path == "-" ? "<stdin>" : path;
        if (format == "json")
        {
            var result = new ComposeReviewResult(
                review.Findings.Select(ComposeFindingView.From).ToArray(), review.Summary,
                    review.HasWarnings);
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(result,
                Json)).ConfigureAwait(false);
        }
        else
        {
            await console.Out.WriteAsync(ComposeReportText.Text(review,
                name)).ConfigureAwait(false);
        }

        return review.HasWarnings ? 1 : 0;
    }

    // An override reviewed alone would report the names and settings its base file holds;
    // beside compose.override.yaml Compose itself reads compose.yaml, and so does this verb.
    private static async Task<string?> SiblingBaseAsync(string path, CliConsole console)
    {
        var name = Path.GetFileName(path);
        if (path == "-" || !OverrideNames.Contains(name))
            return null;

        var folder = Path.GetDirectoryName(Path.GetFullPath(path, console.WorkingDirectory))!;
        var sibling = BaseNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        if (sibling is not null)
        {
            await console.Error.WriteLineAsync(
                $"review-compose: reviewing {name} as an override of {Path.GetFileName(sibling)}")
                .ConfigureAwait(false);
        }

        return sibling;
    }

    private static readonly string[] OverrideNames =
        ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml",
            "docker-compose.override.yml"];

    private static readonly string[] BaseNames =
        ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

    private static async Task<string?> Read(string path, CliConsole console,
        CancellationToken cancellationToken)
    {
        if (path == "-")
            return await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);

        var full = Path.GetFullPath(path, console.WorkingDirectory);
        if (!File.Exists(full))
        {
            await console.Error.WriteLineAsync($"review-compose: {path}: no such " +
                $"file").ConfigureAwait(false);
            return null;
        }

        if (new FileInfo(full).Length > YamlSourceReader.MaxLength * 4L)
        {
            await console.Error.WriteLineAsync($"review-compose: {path}: larger than 1 " +
                $"MiB").ConfigureAwait(false);
            return null;
        }

        return await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> Usage(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync($"review-compose: {problem}").ConfigureAwait(false);
        return 2;
    }
}
