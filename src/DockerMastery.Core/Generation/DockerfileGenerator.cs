using DockerMastery.Core.Catalog;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Review;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>
/// Generates a Dockerfile and <c>.dockerignore</c> for a language and tier, from a detected
/// profile or from the language's defaults. Every caller value is checked against the grammar
/// of where it lands before anything is rendered.
/// </summary>
public static class DockerfileGenerator
{
    private static readonly Dictionary<Language, Recipe> Recipes = new Recipe[]
    {
        new PythonRecipe(),
        new NodeRecipe(),
        new GoRecipe(),
        new RustRecipe(),
        new JavaRecipe(),
        new DotNetRecipe(),
    }.ToDictionary(r => r.Language);

    /// <summary>The languages with a recipe.</summary>
    public static IReadOnlyList<Language> Languages { get; } = [.. Recipes.Keys.Order()];

    /// <summary>The frameworks a language's recipe knows (for completions and errors).</summary>
    public static IReadOnlyList<string> Frameworks(Language language) =>
        RecipeFor(language).Frameworks;

    /// <summary>The package managers a language's recipe knows.</summary>
    public static IReadOnlyList<string> PackageManagers(Language language) =>
        RecipeFor(language).PackageManagers;

    /// <summary>The profile used when only the language is known.</summary>
    public static ProjectProfile DefaultProfile(Language language) => RecipeFor(language).Defaults;

    /// <summary>Generates the files.</summary>
    /// <exception cref="InvalidInputException">A value breaks its grammar; the exception names
    /// the field (<c>tier</c>, <c>name</c>, <c>port</c>, <c>entrypoint</c>, ...).</exception>
    /// <exception cref="GeneratedFileRejectedException">The rendered Dockerfile has findings
    /// from <see cref="DockerfileReviewer"/> at any severity; it is never returned.</exception>
    public static DockerfileResult Generate(DockerfileRequest request, VersionCatalog? catalog = null)
    {
        var recipe = RecipeFor(request.Language);
        if (request.Tier is < 1 or > 4)
            throw new InvalidInputException("tier", $"{request.Tier} is not a tier (1-4)");

        var name = InputGrammar.ProjectName("name", request.Name);
        var healthPath = InputGrammar.HealthPath("healthPath", request.HealthPath);
        var resolvedCatalog = Overridden(catalog ?? VersionCatalog.Default, request.CatalogOverrides);

        var assumptions = new List<string>();
        var profile = Resolve(recipe, request, assumptions);
        var port = profile.Port!.Value;
        var context = new GenerationContext(
            request.Tier, name, profile, port, healthPath, resolvedCatalog, assumptions);

        var model = recipe.Model(context);
        var buildCommands = BuildCommands(context);
        var runCommand = RunCommand(context, recipe);
        var writable = recipe.WritablePaths(context);
        var notes = new List<string>
        {
            $"Writable paths: {string.Join(", ", writable)} (mount as tmpfs when the root is read-only).",
        };
        if (recipe.NeedsInit)
        {
            notes.Add("PID 1: run with --init (compose: init: true) unless the app handles SIGTERM " +
                "itself.");
        }

        model["preamble"] = Recipe.Preamble(context, Title(recipe, profile), buildCommands,
            runCommand, notes);
        var dockerfile = TemplateRenderer.Render(recipe.TemplateName, model);
        var review = DockerfileReviewer.Review(
            dockerfile, new ReviewOptions { MinimumSeverity = Severity.Style });
        if (review.Findings.Count > 0)
            throw new GeneratedFileRejectedException("Dockerfile", review.Findings);

        var ignoreModel = new ScriptObject
        {
            ["name"] = name,
            ["title"] = recipe.Title,
            ["patterns"] = recipe.IgnorePatterns(profile).ToList(),
        };
        var dockerIgnore = TemplateRenderer.Render("dockerignore.sbn", ignoreModel);

        return new DockerfileResult(
            new GeneratedFile("Dockerfile", dockerfile,
                $"{recipe.Title} image, tier {request.Tier} ({Recipe.TierName(request.Tier)})"),
            new GeneratedFile(".dockerignore", dockerIgnore,
                $"build context exclusions for {recipe.Title}"),
            buildCommands,
            runCommand,
            assumptions,
            writable,
            profile);
    }

    private static Recipe RecipeFor(Language language) =>
        Recipes.TryGetValue(language, out var recipe)
            ? recipe
            : throw new InvalidInputException("language",
                $"{language.Name()} has no Dockerfile recipe yet; available: " +
                string.Join(", ", Recipes.Keys.Order().Select(l => l.Name())));

    private static VersionCatalog Overridden(
        VersionCatalog catalog, IReadOnlyDictionary<string, string>? overrides)
    {
        if (overrides is null || overrides.Count == 0)
            return catalog;
        try
        {
            return catalog.With(overrides);
        }
        catch (ArgumentException error)
        {
            throw new InvalidInputException("catalogOverrides", error.Message);
        }
    }

    private static ProjectProfile Resolve(
        Recipe recipe, DockerfileRequest request, List<string> assumptions)
    {
        var detected = request.Profile;
        if (detected is not null && detected.Language != request.Language)
        {
            throw new InvalidInputException("language",
                $"the project at '{detected.Path}' is {detected.Language.Name()}, not " +
                request.Language.Name());
        }

        var profile = detected ?? recipe.Defaults with { Framework = null, Entrypoint = null };
        if (detected is null)
        {
            assumptions.Add(
                $"no project was read: assumed {recipe.Defaults.PackageManager} with " +
                $"{string.Join(" and ", recipe.Defaults.Manifests)}; pass a project folder or " +
                "packageManager to change it");
        }

        var framework = request.Framework?.Trim().ToLowerInvariant() ?? profile.Framework;
        if (framework is null)
        {
            framework = recipe.Defaults.Framework;
            assumptions.Add($"framework not given: assumed {framework}");
        }

        if (!recipe.Frameworks.Contains(framework!))
        {
            throw new InvalidInputException("framework",
                $"'{framework}' is not a {recipe.Title} framework this generator knows; use one of " +
                string.Join(", ", recipe.Frameworks));
        }

        var pm = request.PackageManager?.Trim().ToLowerInvariant() ?? profile.PackageManager;
        if (!recipe.PackageManagers.Contains(pm))
        {
            throw new InvalidInputException("packageManager",
                $"'{pm}' is not a {recipe.Title} package manager this generator knows; use one of " +
                string.Join(", ", recipe.PackageManagers));
        }

        var manifests = profile.Manifests;
        if (pm != profile.PackageManager)
        {
            manifests = ManifestsFor(pm, recipe);
            assumptions.Add($"package manager {pm}: dependency manifests assumed to be " +
                (manifests.Count == 0 ? "none" : string.Join(" and ", manifests)));
        }

        foreach (var manifest in manifests)
            InputGrammar.RelativePath("manifests", manifest);

        // The one place a missing lockfile is reported: detection leaves it to this line so
        // scaffold and generate_dockerfile say it once.
        if (detected is not null && profile.Lockfile is null && Locking(pm) is { } locking)
        {
            assumptions.Add($"no {locking.File} found: the Dockerfile's '{locking.Install}' " +
                $"needs it and fails without it; run '{locking.Command}' and commit " +
                $"{locking.File} before building");
        }

        profile = profile with { Framework = framework, PackageManager = pm, Manifests = manifests };

        var port = request.Port ?? profile.Port;
        if (port is null)
        {
            port = recipe.DefaultPort(framework);
            assumptions.Add($"port not found in the project: assumed {port} (the {framework} " +
                "convention); pass port to change it");
        }

        InputGrammar.Port("port", port.Value);

        var entrypoint = request.Entrypoint ?? profile.Entrypoint;
        if (string.IsNullOrWhiteSpace(entrypoint))
        {
            entrypoint = recipe.DefaultEntrypoint(profile);
            assumptions.Add($"entrypoint not found: assumed {entrypoint}; pass entrypoint to change it");
        }

        entrypoint = recipe.ValidateEntrypoint("entrypoint", entrypoint);
        return profile with { Port = port, Entrypoint = entrypoint };
    }

    private static (string Command, string File, string Install)? Locking(string pm) => pm switch
    {
        "uv" => ("uv lock", "uv.lock", "uv sync --frozen"),
        "poetry" => ("poetry lock", "poetry.lock", "poetry install"),
        "pipenv" => ("pipenv lock", "Pipfile.lock", "pipenv sync"),
        "npm" => ("npm install --package-lock-only", "package-lock.json", "npm ci"),
        "pnpm" => ("pnpm install --lockfile-only", "pnpm-lock.yaml",
            "pnpm install --frozen-lockfile"),
        "yarn" => ("yarn install", "yarn.lock", "yarn install --immutable"),
        "bun" => ("bun install", "bun.lock", "bun install --frozen-lockfile"),
        "cargo" => ("cargo generate-lockfile", "Cargo.lock", "cargo build --locked"),
        _ => null,
    };

    private static IReadOnlyList<string> ManifestsFor(string pm, Recipe recipe) => pm switch
    {
        "uv" => ["pyproject.toml", "uv.lock"],
        "pip" => ["requirements.txt"],
        "poetry" => ["pyproject.toml", "poetry.lock"],
        "pipenv" => ["Pipfile", "Pipfile.lock"],
        "npm" => ["package.json", "package-lock.json"],
        "pnpm" => ["package.json", "pnpm-lock.yaml"],
        "yarn" => ["package.json", "yarn.lock"],
        "bun" => ["package.json", "bun.lock"],
        "go" => ["go.mod", "go.sum"],
        "cargo" => ["Cargo.toml", "Cargo.lock"],
        "maven" => ["pom.xml"],
        "gradle" => ["build.gradle.kts", "settings.gradle.kts"],
        _ => recipe.Defaults.PackageManager == pm ? recipe.Defaults.Manifests : [],
    };

    private static string Title(Recipe recipe, ProjectProfile profile) =>
        profile.Framework is null or "none" ? recipe.Title : $"{recipe.Title} ({profile.Framework})";

    private static List<string> BuildCommands(GenerationContext context)
    {
        var commands = new List<string>();
        if (context.Tier >= 3)
            commands.Add($"docker build --target test -t {context.Name}:test .");
        commands.Add(context.Tier switch
        {
            >= 4 => $"docker buildx build --platform linux/amd64,linux/arm64 " +
                $"--build-arg VCS_REF=$(git rev-parse HEAD) -t {context.Name} .",
            3 => $"docker build --build-arg VCS_REF=$(git rev-parse HEAD) -t {context.Name} .",
            _ => $"docker build -t {context.Name} .",
        });
        return commands;
    }

    private static string RunCommand(GenerationContext context, Recipe recipe)
    {
        var parts = new List<string> { "docker run --rm" };
        if (recipe.NeedsInit)
            parts.Add("--init");
        parts.Add($"-p {context.Port}:{context.Port}");
        if (context.Tier >= 2)
        {
            parts.Add("--read-only");
            foreach (var path in recipe.WritablePaths(context))
                parts.Add($"--tmpfs {path}");
        }

        if (context.Tier >= 3)
            parts.Add("--cap-drop ALL --security-opt no-new-privileges");
        parts.Add(context.Name);
        return string.Join(' ', parts);
    }
}
