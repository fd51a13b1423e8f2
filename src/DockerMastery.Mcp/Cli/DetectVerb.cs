using System.Text.Json;
using System.Text.Json.Serialization;
using DockerMastery.Core.Detection;
using DockerMastery.Mcp.Tools;

namespace DockerMastery.Mcp.Cli;

/// <summary><c>detect &lt;folder&gt; [--format text|json]</c>: prints every deployable app in a
/// project with the evidence for each fact.</summary>
public sealed class DetectVerb : ICliVerb
{
    private const string Usage = "usage: docker-mastery detect <folder> [--format text|json]";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <inheritdoc />
    public string Name => "detect";

    /// <inheritdoc />
    public string Summary => "detect language, framework, package manager, entrypoint and port";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? folder = null;
        var format = "text";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--help" or "-h")
            {
                await console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            }

            if (args[i] == "--format" && i + 1 < args.Count)
                format = args[++i];
            else if (args[i].StartsWith("--format=", StringComparison.Ordinal))
                format = args[i]["--format=".Length..];
            else if (args[i].StartsWith('-'))
                return await Fail(console, $"unknown option '{args[i]}'").ConfigureAwait(false);
            else if (folder is null)
                folder = args[i];
            else
                return await Fail(console, $"unexpected argument '{args[i]}'").ConfigureAwait(false);
        }

        if (format is not ("text" or "json"))
            return await Fail(console, $"--format: '{format}' is not text or json").ConfigureAwait(false);
        if (folder is null)
            return await Fail(console, "the folder is required").ConfigureAwait(false);

        var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, folder));
        DetectionReport report;
        try
        {
            report = ProjectDetector.Detect(new FolderProjectFiles(full));
        }
        catch (DirectoryNotFoundException)
        {
            return await Fail(console, $"folder '{folder}' does not exist").ConfigureAwait(false);
        }
        catch (ProjectNotFoundException error)
        {
            await console.Error.WriteLineAsync($"docker-mastery detect: {full}: {error.Message}")
                .ConfigureAwait(false);
            return 1;
        }

        if (format == "json")
        {
            var result = new DetectToolResult(report.Apps.Select(ProjectSummary.From).ToArray(),
                report.Notes);
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(result, Json)).ConfigureAwait(false);
            return 0;
        }

        foreach (var app in report.Apps)
        {
            await console.Out.WriteLineAsync(
                $"{app.Path}: {app.Language.Name()} ({app.Framework}), {app.PackageManager}" +
                $"{(app.Lockfile is null ? ", no lockfile" : $" with {app.Lockfile}")}, " +
                $"entrypoint {app.Entrypoint ?? "unknown"}, port {app.Port?.ToString() ?? "unknown"}" +
                $"{(app.RuntimeVersion is null ? "" : $", runtime {app.RuntimeVersion}")}")
                .ConfigureAwait(false);
            foreach (var fact in app.Facts)
            {
                await console.Out.WriteLineAsync(
                    $"  {fact.Name,-15} {fact.Value,-28} {fact.File}:{fact.Line} " +
                    $"({fact.Confidence.ToString().ToLowerInvariant()})").ConfigureAwait(false);
            }
        }

        foreach (var note in report.Notes)
            await console.Out.WriteLineAsync($"note: {note}").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> Fail(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"docker-mastery detect: {message}").ConfigureAwait(false);
        await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }
}
