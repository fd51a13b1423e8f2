using System.Globalization;
using System.Text.Json;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Compose.Generation;

/// <summary>The app's service: built from the Dockerfile or run from an image, probed on its
/// health route, and in development bind-mounted with the framework's reload command.</summary>
internal static class AppService
{
    public static void Add(StackBuilder stack)
    {
        var request = stack.Request;
        var port = request.Port.ToString(CultureInfo.InvariantCulture);
        var url = $"http://127.0.0.1:{port}{request.HealthPath}";
        // The generated Dockerfile runs as 10001, or as distroless's nonroot 65532 from tier 3;
        // a caller's own image keeps the user it was built with.
        var user = request.AppImage is null
            ? (stack.Hardened ? "65532:65532" : "10001:10001")
            : null;
        var service = stack.Service(request.AppName, Image(stack), Probe(stack, url), "512M", "1.0",
            user, ["/tmp"], "20s");
        if (request.AppImage is null)
        {
            var build = new YamlOut.Map().Add("context", ".").Add("dockerfile", "Dockerfile");
            if (request.Tier >= 2 && GeneratedLanguages.Contains(request.Language))
                build.Add("target", "production");
            service.Add("build", build);
        }

        var environment = new YamlOut.Map()
            .Add("PORT", YamlOut.Quoted(port))
            .Add("LOG_LEVEL", stack.Env.Default("LOG_LEVEL", "info", "The app's log level."));
        foreach (var name in Names(stack.AppEnvironment))
            environment.Add(name.Key, name.Value);
        service.Add("environment", environment);
        if (stack.AppSecrets.Count > 0)
            service.Add("secrets", YamlOut.Strings(stack.AppSecrets));
        if (stack.AppDependsOn.Count > 0)
        {
            var dependsOn = new YamlOut.Map();
            foreach (var dependency in stack.AppDependsOn)
                dependsOn.Add(dependency, new YamlOut.Map().Add("condition", "service_healthy"));
            service.Add("depends_on", dependsOn);
        }

        if (!stack.HasProxy)
        {
            var host = stack.Env.Default("APP_PORT", port,
                "Host port the app publishes (all interfaces).");
            service.Add("ports", YamlOut.Seq(YamlOut.Quoted($"{host}:{port}")));
        }

        service.Add("networks", stack.HasBackend ? YamlOut.FlowSeq("frontend",
            "backend") : YamlOut.FlowSeq("frontend"));
        if (request.Gpus != 0)
        {
            var device = new YamlOut.Map()
                .Add("driver", "nvidia")
                .Add("count", request.Gpus < 0 ? YamlOut.Text("all") : YamlOut.Number(request.Gpus))
                .Add("capabilities", YamlOut.FlowSeq("gpu"));
            service.Child("deploy").Child("resources").Child("reservations")
                .Add("devices", YamlOut.Seq(device));
            stack.Assumptions.Add(
                "GPU: the host has the NVIDIA driver and nvidia-container-toolkit configured for " +
                    "Docker.");
        }

        Development(stack, port);
    }

    private static IEnumerable<(string Key, YamlOut Value)> Names(YamlOut.Map map) => map.Entries;

    private static string Image(StackBuilder stack)
    {
        var request = stack.Request;
        var tag = stack.Env.Required("APP_TAG", "dev",
            "Tag of the app image to build or run (a release version in production).");
        if (request.AppImage is null)
        {
            var repository = stack.Env.Default("APP_IMAGE", request.ProjectName,
                "Repository the built app image is tagged with (your registry path to push it).");
            return $"{repository}:{tag}";
        }

        var image = request.AppImage;
        var slash = image.LastIndexOf('/');
        var hasTag = image.LastIndexOf(':') > slash || image.Contains('@',
            StringComparison.Ordinal);
        return hasTag ? image : $"{image}:{tag}";
    }

    private static YamlOut.List Probe(StackBuilder stack, string url)
    {
        var request = stack.Request;
        if (request.AppImage is null && LanguageNames.TryParse(request.Language, out var language))
            return Exec(GeneratedProbe(request, language));

        // A caller's own image: the interpreter on PATH, or wget for the rest.
        switch (request.Language)
        {
            case "python":
            case "node":
                return Exec(ToolchainProbe(request.Language, url));
            default:
                stack.Assumptions.Add(
                    $"healthcheck: the {request.Language} app image has wget (busybox or " +
                    "alpine); on distroless or scratch give the app a health subcommand and use " +
                        "it.");
                return Exec(["wget", "-q", "--spider", url]);
        }
    }

    // The probe the generated Dockerfile's HEALTHCHECK runs, read from that Dockerfile so the
    // two never drift (distroless paths and the built probe binaries differ per tier).
    private static string[] GeneratedProbe(ComposeRequest request, Language language)
    {
        var dockerfile = DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = language,
            Tier = request.Tier,
            Port = request.Port,
            HealthPath = request.HealthPath,
        }).Dockerfile.Content;
        var instruction = dockerfile.IndexOf("HEALTHCHECK ", StringComparison.Ordinal);
        var command = dockerfile.IndexOf("CMD [", instruction, StringComparison.Ordinal);
        if (instruction < 0 || command < 0)
        {
            throw new InvalidOperationException(
                $"the generated {request.Language} Dockerfile has no exec-form HEALTHCHECK");
        }

        var end = dockerfile.IndexOf('\n', command);
        var json = dockerfile[(command + 4)..(end < 0 ? dockerfile.Length : end)];
        return JsonSerializer.Deserialize<string[]>(json) ??
            throw new InvalidOperationException("the HEALTHCHECK command is empty");
    }

    // Interpreter probes for stages that have the toolchain on PATH.
    private static string[] ToolchainProbe(string language, string url) => language == "python"
        ? ["python", "-c", "import sys, urllib.request; " +
            $"sys.exit(0 if urllib.request.urlopen('{url}', timeout=3).status < 400 else 1)"]
        : ["node", "-e", $"fetch('{url}').then(r => process.exit(r.ok ? 0 : 1))" +
            ".catch(() => process.exit(1))"];

    private static YamlOut.List Exec(IEnumerable<string> words) =>
        YamlOut.Seq([YamlOut.Text("CMD"), .. words.Select(w => w.Contains(' ',
            StringComparison.Ordinal) ? YamlOut.Quoted(w) : YamlOut.Text(w))]);

    private static void Development(StackBuilder stack, string port)
    {
        var request = stack.Request;
        var app = stack.Override(request.AppName);
        var environment = new YamlOut.Map().Add("LOG_LEVEL", "debug");
        var volumes = new List<YamlOut>
        {
            new YamlOut.Map().Add("type", "bind").Add("source", ".").Add("target", request.WorkDir),
        };
        var ports = new List<YamlOut>();
        var command = ReloadCommand(request, port);
        switch (request.Language)
        {
            case "python":
                environment.Add("PYTHONDONTWRITEBYTECODE", YamlOut.Quoted("1"));
                break;
            case "node":
                environment.Add("NODE_ENV", "development");

                // Keeps the image's installed modules instead of the host folder's.
                volumes.Add(YamlOut.Text($"{request.WorkDir}/node_modules"));
                var debug = stack.Env.Default("NODE_DEBUG_PORT", "9229",
                    "Host port for the Node inspector in development (127.0.0.1 only).");
                ports.Add(YamlOut.Quoted($"127.0.0.1:{debug}:9229"));
                break;
        }

        if (command is null)
        {
            // Compiled languages rebuild and restart on change: `docker compose watch`.
            volumes.Clear();
            app.Child("develop").Add("watch", YamlOut.Seq(new YamlOut.Map()
                .Add("action", "rebuild").Add("path", ".")));
            stack.Assumptions.Add(
                $"development: {request.Language} has no in-place reload; run `docker compose " +
                    $"watch` " +
                "to rebuild the app on change.");
        }
        else
        {
            app.Add("command", YamlOut.Strings(command));

            // The production stage may be distroless: develop on the stage that has the
            // toolchain and the dependencies.
            if (DevelopmentStage(request) is { } stage)
            {
                app.Add("build", new YamlOut.Map().Add("target", stage));

                // The production probe may name a distroless path this stage lacks.
                var url = $"http://127.0.0.1:{port}{request.HealthPath}";
                app.Add("healthcheck", new YamlOut.Map()
                    .Add("test", Exec(ToolchainProbe(request.Language, url))));
            }
        }

        if (volumes.Count > 0)
            app.Add("volumes", new YamlOut.List(volumes, Flow: false));
        app.Add("environment", environment);
        if (ports.Count > 0)
            app.Add("ports", new YamlOut.List(ports, Flow: false));
        if (stack.Hardened)
            app.Add("read_only", YamlOut.Bool(false));
    }

    private static readonly string[] GeneratedLanguages = ["python", "node", "go"];

    private static string? DevelopmentStage(ComposeRequest request) => request switch
    {
        { AppImage: not null } or { Tier: < 2 } => null,
        { Language: "python" } => "build",
        { Language: "node", Tier: >= 3 } or { Language: "node", Framework: "nestjs" or "nextjs" }
            => "build",
        { Language: "node" } => "deps",
        _ => null,
    };

    private static string[]? ReloadCommand(ComposeRequest request, string port)
    {
        var entry = request.Entrypoint;
        return (request.Language, request.Framework) switch
        {
            ("python", "django") => ["python", "manage.py", "runserver", $"0.0.0.0:{port}"],
            ("python", "flask") =>
                ["flask", "--app", entry ?? "app", "run", "--debug", "--host", "0.0.0.0",
                    "--port", port],
            ("python", "fastapi" or "starlette" or "litestar") =>
                ["uvicorn", entry ?? "main:app", "--reload", "--host", "0.0.0.0", "--port", port],
            ("node", "nestjs") => ["npm", "run", "start:debug"],
            ("node", "nextjs") => ["npm", "run", "dev"],
            ("node", null or "express" or "fastify" or "koa" or "hapi") =>
                ["node", "--watch", "--inspect=0.0.0.0:9229", entry ?? "index.js"],
            _ => null,
        };
    }
}
