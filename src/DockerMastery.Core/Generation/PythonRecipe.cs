using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>Python: uv, pip, Poetry or Pipenv into a virtual environment at
/// <c>/opt/venv</c>; slim Debian runtime at tiers 1-2, distroless Python at tier 3+.</summary>
internal sealed class PythonRecipe : Recipe
{
    private const string Venv = "/opt/venv";

    public override Language Language => Language.Python;

    public override string Title => "Python";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.Python,
        Framework = "fastapi",
        PackageManager = "uv",
        Lockfile = "uv.lock",
        Manifests = ["pyproject.toml", "uv.lock"],
        Entrypoint = "main:app",
    };

    public override IReadOnlyList<string> Frameworks { get; } =
        ["fastapi", "starlette", "flask", "django", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } =
        ["uv", "pip", "poetry", "pipenv", "none"];

    public override int DefaultPort(string? framework) => 8000;

    public override string DefaultEntrypoint(ProjectProfile profile) => profile.Framework switch
    {
        "django" => "config.wsgi:application",
        "flask" => "app:app",
        "fastapi" or "starlette" => "main:app",
        _ => "main.py",
    };

    public override string ValidateEntrypoint(string field, string entrypoint) =>
        InputGrammar.PythonEntry(field, entrypoint);

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
    [
        "__pycache__/", "*.py[cod]", ".venv/", "venv/", ".pytest_cache/", ".mypy_cache/",
        ".ruff_cache/", ".tox/", ".coverage", "htmlcov/", "*.egg-info/", "dist/", "build/",
    ];

    public override ScriptObject Model(GenerationContext context)
    {
        var profile = context.Profile;
        var pm = profile.PackageManager;
        var tier = context.Tier;
        var hasDeps = pm != "none";

        var buildKey = context.Distroless ? "python.distroless.build" : "python.build";
        var buildFrom = tier == 1
            ? context.ImageArg("PYTHON_IMAGE", "python.runtime")
            : context.ImageArg("PYTHON_BUILD_IMAGE", buildKey,
                context.Distroless
                    ? "The build stage matches the distroless runtime's Python minor version."
                    : null);
        var runtimeFrom = tier == 1
            ? buildFrom
            : context.Distroless
                ? context.FinalFrom("PYTHON_RUNTIME_IMAGE", "python.distroless")
                : context.FinalFrom("PYTHON_RUNTIME_IMAGE", "python.runtime");
        if (pm == "uv")
            context.ImageArg("UV_IMAGE", "uv");

        var minor = context.Catalog.Runtime("python.distroless");
        var sitePackages = $"{Venv}/lib/python{minor}/site-packages";
        var python = context.Distroless ? "/usr/bin/python3" : "python";

        var pythonPath = new List<string>();
        if (context.Distroless && hasDeps)
            pythonPath.Add(sitePackages);
        if (profile.SourceLayout)
            pythonPath.Add("/app/src");

        var buildEnv = BuildEnv(pm);
        if (hasDeps)
            buildEnv.Add(("PATH", $"\"{Venv}/bin:$PATH\""));

        var runtimeEnv = new List<(string, string)>
        {
            ("PYTHONDONTWRITEBYTECODE", "1"),
            ("PYTHONUNBUFFERED", "1"),
        };
        if (tier == 1)
            runtimeEnv.AddRange(buildEnv);
        else if (hasDeps && !context.Distroless)
            runtimeEnv.Add(("PATH", $"\"{Venv}/bin:$PATH\""));
        if (pythonPath.Count > 0)
            runtimeEnv.Add(("PYTHONPATH", string.Join(':', pythonPath)));
        runtimeEnv.Add(("PORT", context.Port.ToString()));

        var model = Common(context, Title);
        model["uv_stage"] = pm == "uv";
        model["tools_stage"] = pm is "poetry" or "pipenv";
        model["tool_requirement"] = pm switch
        {
            "poetry" => $"poetry=={context.Catalog.Tool("poetry")}",
            "pipenv" => $"pipenv=={context.Catalog.Tool("pipenv")}",
            _ => "",
        };
        model["build_from"] = buildFrom;
        model["runtime_from"] = runtimeFrom;
        model["env_build"] = buildEnv.Count > 0 ? Env([.. buildEnv]) : "";
        model["env_runtime"] = Env([.. runtimeEnv]);
        model["copy_manifests"] = hasDeps
            ? $"COPY {string.Join(' ', profile.Manifests)} ./"
            : "";
        model["install"] = Install(pm, dev: false);
        model["test_install"] = pm is "uv" or "poetry" or "pipenv" ? Install(pm, dev: true) : "";
        model["test_command"] = profile.TestCommand ?? (profile.HasTests
            ? "python -m pytest -q"
            : "python -m compileall -q /app");
        model["venv_copy"] = !hasDeps
            ? ""
            : context.Distroless
                ? $"COPY --from=build {sitePackages} {sitePackages}"
                : $"COPY --from=build {Venv} {Venv}";
        model["healthcheck"] = HealthCheck(ExecForm(python, "-c",
            $"import urllib.request; urllib.request.urlopen('{context.HealthUrl}', timeout=4)"));
        model["entrypoint"] = ExecForm([.. Command(context, python)]);
        var server = ServerFor(profile);
        if (server is not null && profile.Facts.Count > 0 &&
            !profile.Facts.Any(f => f is { Name: "server" } && f.Value == server))
        {
            context.Assumptions.Add($"{server} serves the app but is not among the project's " +
                $"dependencies; add it (e.g. {server} to pyproject.toml or requirements.txt)");
        }

        if (!profile.HasTests && profile.TestCommand is null && tier >= 3)
        {
            context.Assumptions.Add(
                "no pytest found: the test stage only byte-compiles the sources; add pytest to " +
                "the dev dependencies to run the tests there");
        }

        return model;
    }

    // The server the entry command runs for an app object, or null for a module or script.
    private static string? ServerFor(ProjectProfile profile) =>
        profile.Entrypoint is null || !profile.Entrypoint.Contains(':', StringComparison.Ordinal)
            ? null
            : profile.Framework is "flask" or "django" ? "gunicorn" : "uvicorn";

    private static List<(string, string)> BuildEnv(string pm) => pm switch
    {
        "uv" =>
        [
            ("UV_COMPILE_BYTECODE", "1"),
            ("UV_LINK_MODE", "copy"),
            ("UV_PYTHON_DOWNLOADS", "never"),
            ("UV_PROJECT_ENVIRONMENT", Venv),
        ],
        "poetry" =>
        [
            ("VIRTUAL_ENV", Venv),
            ("POETRY_NO_INTERACTION", "1"),
            ("POETRY_VIRTUALENVS_CREATE", "false"),
        ],
        "pipenv" => [("VIRTUAL_ENV", Venv), ("PIPENV_VERBOSITY", "-1")],
        _ => [],
    };

    private static string Install(string pm, bool dev) => pm switch
    {
        "uv" => "RUN --mount=from=uv,source=/uv,target=/bin/uv \\\n" +
            "    --mount=type=cache,target=/root/.cache/uv \\\n" +
            (dev
                ? "    uv sync --frozen --no-install-project"
                : "    uv sync --frozen --no-dev --no-install-project"),
        "pip" => "RUN --mount=type=cache,target=/root/.cache/pip \\\n" +
            $"    python -m venv {Venv} && \\\n" +
            $"    {Venv}/bin/pip install -r requirements.txt",
        "poetry" => "RUN --mount=from=tools,source=/opt/tools,target=/opt/tools \\\n" +
            "    --mount=type=cache,target=/root/.cache/pypoetry \\\n" +
            (dev
                ? "    /opt/tools/bin/poetry install --no-root"
                : $"    python -m venv {Venv} && \\\n" +
                  "    /opt/tools/bin/poetry install --only main --no-root"),
        "pipenv" => "RUN --mount=from=tools,source=/opt/tools,target=/opt/tools \\\n" +
            "    --mount=type=cache,target=/root/.cache/pipenv \\\n" +
            (dev
                ? "    /opt/tools/bin/pipenv sync --dev"
                : $"    python -m venv {Venv} && \\\n" +
                  "    /opt/tools/bin/pipenv sync"),
        _ => "",
    };

    private static List<string> Command(GenerationContext context, string python)
    {
        var entry = context.Profile.Entrypoint!;
        var port = context.Port.ToString();
        if (entry.EndsWith(".py", StringComparison.Ordinal))
            return [python, entry];
        if (!entry.Contains(':', StringComparison.Ordinal))
            return [python, "-m", entry];

        return ServerFor(context.Profile) switch
        {
            "gunicorn" =>
            [
                python, "-m", "gunicorn", "--bind", $"0.0.0.0:{port}",
                "--access-logfile", "-", entry,
            ],
            _ => [python, "-m", "uvicorn", entry, "--host", "0.0.0.0", "--port", port],
        };
    }
}
