using DockerMastery.Core.Review;
using DockerMastery.Core.Review.Reports;

namespace DockerMastery.Mcp.Cli;

/// <summary><c>lint [files|-]</c>: reviews Dockerfiles with hadolint's common flags and exit
/// codes: 0 clean, 1 when a finding at the failure threshold (default warning) or above
/// remains, 2 for usage, file and configuration errors.</summary>
public sealed class LintVerb : ICliVerb
{
    private const string Usage = """
        usage: docker-mastery lint [options] [Dockerfile ...|-]

          -f, --format FORMAT          tty (default), json, sarif, checkstyle, codeclimate
                                       (also gitlab_codeclimate)
          -t, --failure-threshold L    error, warning (default), info, style or none
              --no-fail                always exit 0 unless the input cannot be read
              --ignore ID              skip a rule (repeatable)
          -c, --config FILE            a .hadolint.yaml (default: ./.hadolint.yaml, then
                                       $XDG_CONFIG_HOME/hadolint.yaml)
              --trusted-registry R     only allow base images from R (repeatable)
              --strict-labels          labels outside the label schema are findings
              --disable-ignore-pragma  do not honour '# hadolint ignore=' comments
              --context DIR            the build context: enables the .dockerignore check
              --fix                    apply safe automatic fixes (files in place; for '-'
                                       the fixed text goes to stdout, the report to stderr)
        With no file, ./Dockerfile is linted.
        """;

    /// <inheritdoc />
    public string Name => "lint";

    /// <inheritdoc />
    public string Summary => "review Dockerfiles like hadolint (exit 1 on warnings)";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var request = LintRequest.Parse(args, out var problem);
        if (request is null)
        {
            await console.Error.WriteLineAsync($"docker-mastery lint: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        if (request.Help)
        {
            await console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var configuration = await LoadConfigurationAsync(request, console, cancellationToken).ConfigureAwait(false);
        if (configuration is null)
            return 2;

        var formatName = request.Format ?? configuration.Format ?? "tty";
        if (!ReportWriter.TryParse(formatName, out var format))
        {
            await console.Error.WriteLineAsync($"docker-mastery lint: unknown format '{formatName}'.").ConfigureAwait(false);
            return 2;
        }

        var options = request.Apply(configuration.Options);
        var linted = new List<LintedFile>();
        foreach (var path in request.Files.Count == 0 ? ["Dockerfile"] : request.Files)
        {
            var file = await LintOneAsync(path, request, options, console, cancellationToken).ConfigureAwait(false);
            if (file is null)
                return 2;
            linted.Add(file);
        }

        var report = ReportWriter.Write(format, linted, ServerIdentity.Version);
        var reportTo = request.Fix && request.Files.Contains("-") ? console.Error : console.Out;
        await reportTo.WriteAsync(report).ConfigureAwait(false);

        var threshold = request.ThresholdSet ? request.FailureThreshold : configuration.FailureThreshold;
        var noFail = request.NoFail || configuration.NoFail;
        var fails = threshold is { } level && linted.Any(f => f.Result.Fails(level));
        return fails && !noFail ? 1 : 0;
    }

    private static async Task<LintedFile?> LintOneAsync(
        string path, LintRequest request, ReviewOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        string text;
        if (path == "-")
        {
            text = await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var full = Path.GetFullPath(path, console.WorkingDirectory);
            if (!File.Exists(full))
            {
                await console.Error.WriteLineAsync($"docker-mastery lint: {path}: no such file.").ConfigureAwait(false);
                return null;
            }

            text = await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false);
        }

        // The build context is known only when given: a Dockerfile's folder is often not it.
        var context = request.Context is null ? null : Path.GetFullPath(request.Context, console.WorkingDirectory);
        if (context is not null && Directory.Exists(context))
        {
            var ignoreFile = Path.Combine(context, ".dockerignore");
            options = options with
            {
                ContextFiles = Directory.EnumerateFileSystemEntries(context)
                    .Select(Path.GetFileName).OfType<string>().ToArray(),
                DockerIgnore = File.Exists(ignoreFile)
                    ? await File.ReadAllTextAsync(ignoreFile, cancellationToken).ConfigureAwait(false)
                    : null,
            };
        }

        if (request.Fix)
        {
            var fixedText = DockerfileFixer.Fix(text, options);
            if (path == "-")
                await console.Out.WriteAsync(fixedText).ConfigureAwait(false);
            else if (fixedText != text)
                await File.WriteAllTextAsync(Path.GetFullPath(path, console.WorkingDirectory), fixedText, cancellationToken).ConfigureAwait(false);
            text = fixedText;
        }

        return new LintedFile(path, DockerfileReviewer.Review(text, options));
    }

    private static async Task<ReviewConfiguration?> LoadConfigurationAsync(
        LintRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var path = request.Config is null ? FindConfiguration(console.WorkingDirectory) : Path.GetFullPath(request.Config, console.WorkingDirectory);
        if (path is null)
            return new ReviewConfiguration();
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"docker-mastery lint: {request.Config}: no such file.").ConfigureAwait(false);
            return null;
        }

        var yaml = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var configuration = ReviewConfiguration.Parse(yaml, request.Config ?? Path.GetFileName(path));
        if (configuration.Errors.Count == 0)
            return configuration;
        foreach (var error in configuration.Errors)
            await console.Error.WriteLineAsync($"docker-mastery lint: {error}").ConfigureAwait(false);
        return null;
    }

    private static string? FindConfiguration(string workingDirectory)
    {
        foreach (var name in ReviewConfiguration.FileNames)
        {
            var local = Path.Combine(workingDirectory, name);
            if (File.Exists(local))
                return local;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] candidates =
        [
            .. string.IsNullOrEmpty(xdg) ? Array.Empty<string>() : [Path.Combine(xdg, "hadolint.yaml")],
            Path.Combine(home, ".config", "hadolint.yaml"),
            Path.Combine(home, ".hadolint", "hadolint.yaml"),
            Path.Combine(home, ".hadolint.yaml"),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}
