using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>Go: a static binary (CGO off, trimmed), module downloads cached, Debian slim at
/// tier 1, Alpine at tier 2, distroless static at tier 3+; tier 4 cross-compiles on the
/// build platform with TARGETOS/TARGETARCH. A tiny static probe serves the HEALTHCHECK.</summary>
internal sealed class GoRecipe : Recipe
{
    public override Language Language => Language.Go;

    public override string Title => "Go";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.Go,
        Framework = "net/http",
        PackageManager = "go",
        Lockfile = "go.sum",
        Manifests = ["go.mod", "go.sum"],
        Entrypoint = ".",
    };

    public override IReadOnlyList<string> Frameworks { get; } =
        ["net/http", "gin", "chi", "echo", "fiber", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } = ["go"];

    // The Go runtime exits on SIGTERM even as PID 1.
    public override bool NeedsInit => false;

    public override int DefaultPort(string? framework) => 8080;

    public override string DefaultEntrypoint(ProjectProfile profile) => ".";

    public override string ValidateEntrypoint(string field, string entrypoint)
    {
        var path = InputGrammar.RelativePath(field, entrypoint);
        return path == "." || path.StartsWith("./", StringComparison.Ordinal) ? path : "./" + path;
    }

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
        ["bin/", "*.exe", "*.test", "*.out", "coverage.*", "tmp/"];

    public override ScriptObject Model(GenerationContext context)
    {
        var tier = context.Tier;
        var profile = context.Profile;
        var buildFrom = context.CrossFrom(context.ImageArg("GO_IMAGE", "go.build"));
        var runtimeFrom = tier switch
        {
            1 => context.FinalFrom("RUNTIME_IMAGE", "debian"),
            2 => context.FinalFrom("RUNTIME_IMAGE", "alpine"),
            _ => context.FinalFrom("RUNTIME_IMAGE", "distroless.static"),
        };
        var vendored = profile.Manifests.Contains("vendor/modules.txt");
        var target = tier >= 4 ? "GOOS=$TARGETOS GOARCH=$TARGETARCH " : "";
        var caches = "RUN --mount=type=cache,target=/go/pkg/mod \\\n" +
            "    --mount=type=cache,target=/root/.cache/go-build \\\n";

        var model = Common(context, Title);
        model["build_from"] = buildFrom;
        model["runtime_from"] = runtimeFrom;
        model["copy_manifests"] = "COPY " +
            string.Join(' ', profile.Manifests.Where(m => !m.StartsWith("vendor/", StringComparison.Ordinal))) +
            " ./";
        model["download"] = vendored
            ? ""
            : "RUN --mount=type=cache,target=/go/pkg/mod \\\n    go mod download -x";
        model["build"] = caches +
            $"    {target}go build {(vendored ? "-mod=vendor " : "")}-trimpath -ldflags=\"-s -w\" " +
            $"-o /out/app {profile.Entrypoint}";
        model["probe"] = true;
        model["probe_build"] = caches +
            $"    {target}go build -trimpath -ldflags=\"-s -w\" -o /out/healthcheck /probe/main.go";
        model["test"] = caches + "    go vet ./... && go test ./...";
        model["healthcheck"] = HealthCheck(ExecForm("/usr/local/bin/healthcheck", context.HealthUrl));
        model["entrypoint"] = ExecForm("/usr/local/bin/app");
        model["env_runtime"] = Env(("PORT", context.Port.ToString()));
        return model;
    }
}
