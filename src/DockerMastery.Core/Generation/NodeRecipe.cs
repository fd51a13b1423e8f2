using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>Node.js: lockfile-exact installs (npm ci, pnpm/bun frozen, yarn immutable),
/// production dependencies in their own stage, slim Debian runtime at tiers 1-2 and
/// distroless Node.js at tier 3+.</summary>
internal sealed class NodeRecipe : Recipe
{
    public override Language Language => Language.Node;

    public override string Title => "Node.js";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.Node,
        Framework = "express",
        PackageManager = "npm",
        Lockfile = "package-lock.json",
        Manifests = ["package.json", "package-lock.json"],
        Entrypoint = "server.js",
    };

    public override IReadOnlyList<string> Frameworks { get; } =
        ["express", "nestjs", "nextjs", "fastify", "koa", "hono", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } = ["npm", "pnpm", "yarn", "bun"];

    public override int DefaultPort(string? framework) => 3000;

    public override string DefaultEntrypoint(ProjectProfile profile) => profile.Framework switch
    {
        "nestjs" => "dist/main.js",
        "nextjs" => "server.js",
        _ => "server.js",
    };

    public override string ValidateEntrypoint(string field, string entrypoint)
    {
        var path = InputGrammar.RelativePath(field, entrypoint);
        if (!path.EndsWith(".js", StringComparison.Ordinal) &&
            !path.EndsWith(".mjs", StringComparison.Ordinal) &&
            !path.EndsWith(".cjs", StringComparison.Ordinal))
        {
            throw new InvalidInputException(field,
                $"'{path}' is not a JavaScript file (.js, .mjs, .cjs); give the script node runs " +
                "(the build output for TypeScript, e.g. dist/main.js)");
        }

        return path;
    }

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
    [
        "node_modules/", "npm-debug.log*", "yarn-debug.log*", "yarn-error.log*", ".pnpm-store/",
        ".yarn/cache/", ".yarn/install-state.gz", ".next/", "dist/", "coverage/", ".nyc_output/",
        ".turbo/", ".eslintcache",
    ];

    public override ScriptObject Model(GenerationContext context)
    {
        var profile = context.Profile;
        var tier = context.Tier;
        var buildFrom = tier == 1
            ? context.ImageArg("NODE_IMAGE", "node.runtime")
            : context.ImageArg("NODE_BUILD_IMAGE", "node.build");
        var runtimeFrom = tier == 1
            ? buildFrom
            : context.Distroless
                ? context.FinalFrom("NODE_RUNTIME_IMAGE", "node.distroless")
                : context.FinalFrom("NODE_RUNTIME_IMAGE", "node.runtime");
        var node = context.Distroless ? "/nodejs/bin/node" : "node";
        var pm = profile.PackageManager;
        var entry = profile.Entrypoint!;
        var nextStandalone = profile.Framework == "nextjs";
        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        var outputDir = profile.HasBuildScript && !nextStandalone && slash > 0 ? entry[..slash] : null;

        var model = Common(context, Title);
        model["build_from"] = buildFrom;
        model["runtime_from"] = runtimeFrom;
        model["copy_manifests"] = $"COPY {string.Join(' ', profile.Manifests)} ./";
        model["setup"] = Setup(pm, context);
        model["install_prod"] = Install(pm, production: true);
        model["install_all"] = Install(pm, production: false);
        model["prune"] = Prune(pm);
        model["build_script"] = profile.HasBuildScript ? BuildRun(pm) : "";
        model["test_command"] = profile.TestCommand ??
            (profile.HasTests ? Run(pm, "test") : $"node --check {entry}");
        model["env_runtime"] = Env(
            ("NODE_ENV", "production"),
            ("PORT", context.Port.ToString()),
            ("HOSTNAME", "0.0.0.0"));
        model["app_copy"] = nextStandalone
            ? "COPY --from=build /app/.next/standalone ./\n" +
              "COPY --from=build /app/.next/static ./.next/static\n" +
              "COPY --from=build /app/public ./public"
            : outputDir is not null
                ? $"COPY --from=build /app/package.json ./\nCOPY --from=build /app/{outputDir} ./{outputDir}"
                : "COPY . .";
        model["copy_node_modules"] = !nextStandalone;
        model["build_stage"] = tier >= 3 || profile.HasBuildScript || nextStandalone;
        // node:http loads faster than fetch; the probe must finish well inside --timeout.
        model["healthcheck"] = HealthCheck(ExecForm(node, "-e",
            $"require('http').get('{context.HealthUrl}', {{ timeout: 4000 }}, " +
            "r => process.exit(r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))" +
            ".on('timeout', () => process.exit(1))"));
        model["entrypoint"] = ExecForm(node, entry);

        if (profile.HasBuildScript && outputDir is null && !nextStandalone)
        {
            context.Assumptions.Add($"the build script's output folder is unknown: the image " +
                $"copies the whole source and runs {entry}; give an entrypoint inside the output " +
                "folder (e.g. dist/main.js) to copy only the build output");
        }

        if (!profile.HasTests && profile.TestCommand is null && tier >= 3)
        {
            context.Assumptions.Add($"no test script in package.json: the test stage checks " +
                $"{entry}'s syntax only");
        }

        return model;
    }

    private static string Setup(string pm, GenerationContext context) => pm switch
    {
        "pnpm" => "RUN --mount=type=cache,target=/root/.npm \\\n" +
            $"    npm install --global pnpm@{context.Catalog.Tool("pnpm")}",
        "bun" => "RUN --mount=type=cache,target=/root/.npm \\\n" +
            $"    npm install --global bun@{context.Catalog.Tool("bun")}",
        "yarn" => "RUN corepack enable yarn",
        _ => "",
    };

    private static string Install(string pm, bool production) => CachedRun(pm, pm switch
    {
        "pnpm" => production
            ? "pnpm install --frozen-lockfile --prod"
            : "pnpm install --frozen-lockfile",
        "yarn" => production
            ? "yarn workspaces focus --all --production"
            : "yarn install --immutable",
        "bun" => production
            ? "bun install --frozen-lockfile --production"
            : "bun install --frozen-lockfile",
        _ => production ? "npm ci --omit=dev" : "npm ci",
    });

    // The build script may fetch through the package manager (npx, dlx), so it shares the
    // install's cache mount.
    private static string BuildRun(string pm) => CachedRun(pm, Run(pm, "build"));

    private static string CachedRun(string pm, string command) =>
        $"RUN --mount=type=cache,target={CacheFolder(pm)} \\\n    {command}";

    private static string CacheFolder(string pm) => pm switch
    {
        "pnpm" => "/root/.local/share/pnpm/store",
        "yarn" => "/root/.yarn/berry/cache",
        "bun" => "/root/.bun/install/cache",
        _ => "/root/.npm",
    };

    private static string Prune(string pm) => pm switch
    {
        "pnpm" => "RUN pnpm prune --prod",
        "yarn" => "RUN yarn workspaces focus --all --production",
        "bun" => "RUN rm -rf node_modules && bun install --frozen-lockfile --production",
        _ => "RUN npm prune --omit=dev",
    };

    private static string Run(string pm, string script) => pm switch
    {
        "npm" => script == "test" ? "npm test" : $"npm run {script}",
        _ => $"{pm} run {script}",
    };
}
