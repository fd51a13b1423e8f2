using DockerMastery.Core.Compose;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Cli;

/// <summary>
/// <c>scaffold &lt;project-name&gt; --path DIR [--lang L] [--tier N] [--registry R] [--ci C]
/// [--compose] [--services S,S] [--multi-arch] [--port P] [--app A] [--force] [--dry-run]</c>:
/// writes the tier's Docker file set into the project folder, detecting the language when
/// <c>--lang</c> is absent.
/// </summary>
public sealed class ScaffoldVerb : ICliVerb
{
    private static readonly string Usage =
        "usage: docker-mastery scaffold <project-name> --path <dir> [--lang python|node|go|rust|" +
        "java|dotnet] [--tier 1-4] [--registry dockerhub|ecr|gcr|acr|harbor|ghcr] " +
        "[--ci github|gitlab|jenkins|none] [--compose] [--services S,S (postgres, mysql, " +
        "mariadb, redis, valkey, mongodb, rabbitmq, nginx, traefik, monitoring)] [--multi-arch] " +
        "[--port N] [--app PATH] [--force] [--dry-run]";

    private static readonly HashSet<string> Flags =
        ["--compose", "--multi-arch", "--force", "--dry-run"];

    private static readonly HashSet<string> Options =
        ["--path", "--lang", "--tier", "--registry", "--ci", "--port", "--app", "--services"];

    /// <inheritdoc />
    public string Name => "scaffold";

    /// <inheritdoc />
    public string Summary => "write a tier's Dockerfile, .dockerignore and related files into a project";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        string? projectName = null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var key = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (Flags.Contains(arg))
            {
                flags.Add(arg);
            }
            else if (Options.Contains(key))
            {
                if (equals > 0)
                    options[key] = arg[(equals + 1)..];
                else if (i + 1 < args.Count)
                    options[key] = args[++i];
                else
                    return await Fail(console, $"{key} needs a value").ConfigureAwait(false);
            }
            else if (arg.StartsWith('-'))
            {
                return await Fail(console, $"unknown option '{arg}'").ConfigureAwait(false);
            }
            else if (projectName is null)
            {
                projectName = arg;
            }
            else
            {
                return await Fail(console, $"unexpected argument '{arg}'").ConfigureAwait(false);
            }
        }

        if (projectName is null)
            return await Fail(console, "the project name is required").ConfigureAwait(false);
        if (!options.TryGetValue("--path", out var path))
            return await Fail(console, "--path is required").ConfigureAwait(false);
        var folder = Path.GetFullPath(Path.Combine(console.WorkingDirectory, path));
        if (!Directory.Exists(folder))
            return await Fail(console, $"--path: folder '{path}' does not exist").ConfigureAwait(false);

        Language? language = null;
        if (options.TryGetValue("--lang", out var lang))
        {
            if (!LanguageNames.TryParse(lang, out var parsed))
            {
                return await Fail(console, $"--lang: '{lang}' is not one of " +
                    string.Join(", ", LanguageNames.All)).ConfigureAwait(false);
            }

            language = parsed;
        }

        var tier = 1;
        if (options.TryGetValue("--tier", out var tierText) && !int.TryParse(tierText, out tier))
            return await Fail(console, $"--tier: '{tierText}' is not a number 1-4").ConfigureAwait(false);
        int? port = null;
        if (options.TryGetValue("--port", out var portText))
        {
            if (!int.TryParse(portText, out var parsedPort))
                return await Fail(console, $"--port: '{portText}' is not a number").ConfigureAwait(false);
            port = parsedPort;
        }

        ProjectProfile? profile = null;
        try
        {
            var report = ProjectDetector.Detect(new FolderProjectFiles(folder));
            options.TryGetValue("--app", out var app);
            profile = language is null
                ? report.Select(app)
                : report.Apps.FirstOrDefault(a => a.Language == language &&
                    (app is null || a.Path == app || a.Entrypoint == app));
            foreach (var note in report.Notes)
                await console.Error.WriteLineAsync($"note: {note}").ConfigureAwait(false);
        }
        catch (ProjectNotFoundException error) when (language is not null)
        {
            await console.Error.WriteLineAsync($"note: {error.Message}; using {language.Value.Name()} " +
                "defaults").ConfigureAwait(false);
        }
        catch (ProjectNotFoundException error)
        {
            return await Fail(console, $"--lang not given and {error.Message}").ConfigureAwait(false);
        }
        catch (ArgumentException error)
        {
            return await Fail(console, $"--app: {error.Message}").ConfigureAwait(false);
        }

        var request = new ScaffoldRequest
        {
            ProjectName = projectName,
            Tier = tier,
            Language = language,
            Registry = options.GetValueOrDefault("--registry", "dockerhub"),
            Ci = options.GetValueOrDefault("--ci", "github"),
            Compose = flags.Contains("--compose"),
            Services = options.TryGetValue("--services", out var services)
                ? services.Split(',', StringSplitOptions.TrimEntries)
                : [],
            MultiArch = flags.Contains("--multi-arch"),
            Port = port,
        };

        try
        {
            var plan = ProjectScaffolder.Plan(request, profile);
            if (flags.Contains("--dry-run"))
            {
                var target = new ScaffoldTarget(folder);
                var existing = target.Existing(plan.Files);
                foreach (var file in plan.Files)
                {
                    var state = existing.Contains(file.Path)
                        ? flags.Contains("--force") ? "would overwrite" : "exists, would refuse"
                        : "would write";
                    await console.Out.WriteLineAsync($"--- {file.Path} ({state}: {file.Description})")
                        .ConfigureAwait(false);
                    await console.Out.WriteAsync(file.Content).ConfigureAwait(false);
                }
            }
            else
            {
                var written = new ScaffoldTarget(folder).Write(plan.Files, flags.Contains("--force"));
                foreach (var file in written)
                    await console.Out.WriteLineAsync($"wrote {Path.Combine(folder, file)}").ConfigureAwait(false);
            }

            foreach (var command in plan.Dockerfile.BuildCommands)
                await console.Out.WriteLineAsync($"build: {command}").ConfigureAwait(false);
            await console.Out.WriteLineAsync($"run:   {plan.Dockerfile.RunCommand}").ConfigureAwait(false);
            foreach (var assumption in plan.Dockerfile.Assumptions)
                await console.Error.WriteLineAsync($"assumed: {assumption}").ConfigureAwait(false);
            return 0;
        }
        catch (InvalidInputException error)
        {
            var field = error.Field switch
            {
                "projectName" => "project name",
                "lang" or "tier" or "registry" or "ci" or "port" or "force" or "services" =>
                    "--" + error.Field,
                _ => error.Field,
            };
            return await Fail(console, $"{field}: {error.Problem}").ConfigureAwait(false);
        }
        catch (GeneratedFileRejectedException error)
        {
            await console.Error.WriteLineAsync($"docker-mastery scaffold: {error.Message}")
                .ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> Fail(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"docker-mastery scaffold: {message}").ConfigureAwait(false);
        await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }
}
