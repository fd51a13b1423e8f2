using System.ComponentModel;
using System.Text;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Tools;

/// <summary>The generator's tools: <c>generate_dockerfile</c>, <c>detect_project</c>,
/// <c>scaffold_project</c>.</summary>
[McpServerToolType]
public sealed class GenerateTools
{
    private const int MaxSentFiles = 20_000;
    private const int MaxSentContents = 200;
    private const int MaxSentBytes = 5 * 1024 * 1024;

    /// <summary>Generates a Dockerfile and .dockerignore.</summary>
    [McpServerTool(Name = "generate_dockerfile", Title = "Generate a Dockerfile", ReadOnly = true,
        Idempotent = true, OpenWorld = false, UseStructuredContent = true,
        OutputSchemaType = typeof(DockerfileToolResult))]
    [Description("Generates a production Dockerfile and .dockerignore for an app, for tier 1 " +
        "(single container), 2 (compose stack: multi-stage, non-root, healthcheck), 3 " +
        "(production: build/test/production stages, distroless, digest slot) or 4 (enterprise: " +
        "multi-arch cross-compilation). Give projectPath when the server can read the project " +
        "(it is detected: framework, package manager, lockfile, entrypoint, port), or just the " +
        "language. Returns the files, build and run commands and every assumption made; tell " +
        "the user the assumptions. Output passes review_dockerfile with zero findings.")]
    public static CallToolResult GenerateDockerfile(
        IServiceProvider services,
        [Description("python, node, go, rust, java or dotnet. Optional with projectPath.")]
        string? language = null,
        [Description("Folder of the project on the server's machine (absolute, or relative to " +
            "the server's working directory). Only for a local (stdio) server.")]
        string? projectPath = null,
        [Description("In a monorepo, which app: its folder or entrypoint as detect_project lists it.")]
        string? app = null,
        [Description("Framework override, e.g. fastapi, flask, django, express, nestjs, nextjs, " +
            "gin, axum, spring-boot, aspnetcore.")]
        string? framework = null,
        [Description("What starts the app: Python module:app, module or script.py; Node script " +
            "(server.js, dist/main.js); Go package (./cmd/api); Rust binary name; Java module " +
            "('.' for single); .NET .csproj path.")]
        string? entrypoint = null,
        [Description("Port the app listens on, 1-65535. Default: detected, else the framework's.")]
        int? port = null,
        [Description("Tier 1-4. Default 1.")] int tier = 1,
        [Description("Image/project name: lower-case letters, digits, '.', '_', '-'.")]
        string name = "app",
        [Description("Package manager override (uv, pip, poetry, pipenv, npm, pnpm, yarn, bun, ...).")]
        string? packageManager = null,
        [Description("HTTP path of the health route the HEALTHCHECK probes. Default /health.")]
        string healthPath = "/health")
    {
        var (parsed, profile) = Target(services, language, projectPath, app, "language");
        var result = Guard(() => DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed,
            Tier = tier,
            Name = name,
            Framework = framework,
            Entrypoint = entrypoint,
            Port = port,
            PackageManager = packageManager,
            HealthPath = healthPath,
            Profile = profile,
        }));

        var text = new StringBuilder();
        text.Append("Dockerfile:\n\n").Append(result.Dockerfile.Content).Append('\n');
        text.Append(".dockerignore:\n\n").Append(result.DockerIgnore.Content).Append('\n');
        foreach (var command in result.BuildCommands)
            text.Append("build: ").Append(command).Append('\n');
        text.Append("run:   ").Append(result.RunCommand).Append('\n');
        foreach (var assumption in result.Assumptions)
            text.Append("assumed: ").Append(assumption).Append('\n');
        return ToolOutput.Create(DockerfileToolResult.From(result), text.ToString());
    }

    /// <summary>Detects the applications in a project.</summary>
    [McpServerTool(Name = "detect_project", Title = "Detect a project", ReadOnly = true,
        Idempotent = true, OpenWorld = false, UseStructuredContent = true,
        OutputSchemaType = typeof(DetectToolResult))]
    [Description("Reads a project and reports every deployable app: language, framework, " +
        "package manager and lockfile, runtime version, entrypoint and port, each fact with the " +
        "file, line and confidence it came from; monorepos list each app. Call it before " +
        "generate_dockerfile or scaffold_project. Give projectPath for a local (stdio) server, " +
        "or files (every path in the repo) plus contents (path -> text of the manifests: " +
        "package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml, *.csproj, the main source " +
        "file) when the server cannot see the client's disk.")]
    public static CallToolResult DetectProject(
        IServiceProvider services,
        [Description("Folder of the project on the server's machine. Only for a local server.")]
        string? projectPath = null,
        [Description("Every file path in the project, relative, forward slashes.")]
        IReadOnlyList<string>? files = null,
        [Description("Path -> text for the key files (manifests, lockfile names suffice in files).")]
        IReadOnlyDictionary<string, string>? contents = null)
    {
        var tree = Files(services, projectPath, files, contents);
        var report = Detect(tree, projectPath is null ? "files" : "projectPath");
        var result = new DetectToolResult(
            report.Apps.Select(ProjectSummary.From).ToArray(), report.Notes);

        var text = new StringBuilder();
        foreach (var app in report.Apps)
        {
            text.Append($"{app.Path}: {app.Language.Name()}, framework {app.Framework}, " +
                $"{app.PackageManager}{(app.Lockfile is null ? "" : $" ({app.Lockfile})")}, " +
                $"entrypoint {app.Entrypoint ?? "unknown"}, port {app.Port?.ToString() ?? "unknown"}\n");
            foreach (var fact in app.Facts)
                text.Append($"  {fact.Name} = {fact.Value}  [{fact.File}:{fact.Line}, {fact.Confidence}]\n");
        }

        foreach (var note in report.Notes)
            text.Append("note: ").Append(note).Append('\n');
        return ToolOutput.Create(result, text.ToString());
    }

    /// <summary>Plans (and optionally writes) a scaffold.</summary>
    [McpServerTool(Name = "scaffold_project", Title = "Scaffold Docker files", ReadOnly = false,
        Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true,
        OutputSchemaType = typeof(ScaffoldToolResult))]
    [Description("Produces a tier's whole Docker file set for a project: Dockerfile and " +
        ".dockerignore, plus compose files (tier 2+, compose=true or services: the app and " +
        "the databases, caches, brokers, proxy or monitoring it names), CI pipeline and registry " +
        "files (tier 3+), multi-arch bake and supply-chain files (tier 4) as those generators " +
        "exist. Returns every file with its content. Writes them only when write=true and the " +
        "server runs locally; it never overwrites an existing file unless force=true.")]
    public static CallToolResult ScaffoldProject(
        IServiceProvider provider,
        [Description("Project name: lower-case letters, digits, '.', '_', '-' (image name).")]
        string projectName,
        [Description("Tier 1-4. Default 1.")] int tier = 1,
        [Description("python, node, go, rust, java or dotnet; detected from projectPath when omitted.")]
        string? language = null,
        [Description("Project folder on the server's machine (read for detection; the target " +
            "when write=true).")]
        string? projectPath = null,
        [Description("In a monorepo, which app (folder or entrypoint from detect_project).")]
        string? app = null,
        [Description("dockerhub, ecr, gcr, acr, harbor or ghcr. Default dockerhub.")]
        string registry = "dockerhub",
        [Description("github, gitlab, jenkins or none. Default github.")] string ci = "github",
        [Description("Add compose files below tier 2.")] bool compose = false,
        [Description("Services beside the app in compose.yaml, any of: postgres, mysql, " +
            "mariadb, redis, valkey, mongodb, rabbitmq, nginx, traefik, monitoring. One " +
            "relational database, one key-value store, one proxy. Naming any adds the compose " +
            "files at every tier. Default: the app alone.")]
        string[]? services = null,
        [Description("Build for linux/amd64 and linux/arm64 (always at tier 4).")] bool multiArch = false,
        [Description("Port override, 1-65535.")] int? port = null,
        [Description("Write the files into projectPath (local server only).")] bool write = false,
        [Description("With write: replace files that already exist.")] bool force = false)
    {
        // Refuse a remote write before anything reads the folder, so the error names write.
        if (write)
            RequireLocal(provider, "write");
        var (parsed, profile) = Target(provider, language, projectPath, app, "language");
        var request = new ScaffoldRequest
        {
            ProjectName = projectName,
            Tier = tier,
            Language = parsed,
            Registry = registry,
            Ci = ci,
            Compose = compose,
            Services = services ?? [],
            MultiArch = multiArch,
            Port = port,
        };
        var plan = Guard(() => ProjectScaffolder.Plan(request, profile));

        IReadOnlyList<string> written = [];
        if (write)
        {
            if (projectPath is null)
                throw ToolOutput.BadInput("projectPath", "write=true needs the folder to write into");
            written = Guard(() => new ScaffoldTarget(projectPath).Write(plan.Files, force));
        }

        var result = new ScaffoldToolResult(plan.Files, written, plan.Dockerfile.BuildCommands,
            plan.Dockerfile.RunCommand, plan.Dockerfile.Assumptions,
            ProjectSummary.From(plan.Dockerfile.Profile));
        var text = new StringBuilder();
        foreach (var file in plan.Files)
        {
            text.Append($"--- {file.Path} ({file.Description})\n").Append(file.Content).Append('\n');
        }

        text.Append(written.Count > 0 ? $"written: {string.Join(", ", written)}\n" : "not written\n");
        foreach (var assumption in plan.Dockerfile.Assumptions)
            text.Append("assumed: ").Append(assumption).Append('\n');
        return ToolOutput.Create(result, text.ToString());
    }

    private static (Language Language, ProjectProfile? Profile) Target(
        IServiceProvider services, string? language, string? projectPath, string? app, string field)
    {
        Language parsed = default;
        var named = language is not null;
        if (named && !LanguageNames.TryParse(language, out parsed))
        {
            throw ToolOutput.BadInput(field,
                $"'{language}' is not a supported language; use one of {string.Join(", ", LanguageNames.All)}");
        }

        if (projectPath is null)
        {
            if (!named)
                throw ToolOutput.BadInput(field, "give a language or a projectPath to detect it from");
            return (parsed, null);
        }

        var report = Detect(Files(services, projectPath, null, null), "projectPath");
        ProjectProfile profile;
        try
        {
            profile = named
                ? report.Apps.FirstOrDefault(a => a.Language == parsed && (app is null || a.Path == app ||
                    a.Entrypoint == app)) ?? report.Select(app)
                : report.Select(app);
        }
        catch (ArgumentException error)
        {
            throw ToolOutput.BadInput("app", error.Message);
        }

        if (named && profile.Language != parsed)
        {
            throw ToolOutput.BadInput(field,
                $"the project at {projectPath} is {profile.Language.Name()}, not {parsed.Name()}");
        }

        return (profile.Language, profile);
    }

    private static IProjectFiles Files(
        IServiceProvider services, string? projectPath, IReadOnlyList<string>? files,
        IReadOnlyDictionary<string, string>? contents)
    {
        if (projectPath is not null)
        {
            RequireLocal(services, "projectPath");
            try
            {
                return new FolderProjectFiles(projectPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or
                ArgumentException)
            {
                throw ToolOutput.BadInput("projectPath", error.Message);
            }
        }

        if (files is null && contents is null)
            throw ToolOutput.BadInput("projectPath", "give projectPath, or files and contents");
        if (files is { Count: > MaxSentFiles })
            throw ToolOutput.BadInput("files", $"at most {MaxSentFiles} paths");
        if (contents is { Count: > MaxSentContents })
            throw ToolOutput.BadInput("contents", $"at most {MaxSentContents} files");
        if (contents is not null && contents.Sum(c => (long)c.Value.Length) > MaxSentBytes)
            throw ToolOutput.BadInput("contents", $"at most {MaxSentBytes / 1024 / 1024} MB of text in all");

        try
        {
            return new ProjectFileSet(files ?? [], contents);
        }
        catch (ArgumentException error)
        {
            throw ToolOutput.BadInput("files", error.Message);
        }
    }

    private static DetectionReport Detect(IProjectFiles files, string field)
    {
        try
        {
            return ProjectDetector.Detect(files);
        }
        catch (ProjectNotFoundException error)
        {
            throw ToolOutput.BadInput(field, error.Message);
        }
    }

    private static void RequireLocal(IServiceProvider services, string field)
    {
        // An explicit registration wins; otherwise a process that hosts an HTTP server
        // (Kestrel's IServer) has remote callers and keeps its disk to itself.
        var allowed = services.GetService<LocalFileAccess>()?.Enabled ??
            services.GetService<IServer>() is null;
        if (!allowed)
        {
            throw ToolOutput.BadInput(field,
                "this server does not read or write its own disk (it is reached over HTTP); " +
                "send files and contents instead");
        }
    }

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InvalidInputException error)
        {
            throw ToolOutput.BadInput(error.Field, error.Problem);
        }
        catch (GeneratedFileRejectedException error)
        {
            // McpException's message reaches the model as the tool error text.
            throw new McpException(error.Message);
        }
    }
}
