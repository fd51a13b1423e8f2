using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>.NET: restore from the project files (with the solution's shared props), publish
/// to a folder, ASP.NET runtime on Ubuntu (tier 1), Alpine (tier 2) or chiseled (tier 3+);
/// tier 4 restores and publishes for TARGETARCH on the build platform. A tiny published probe
/// serves HEALTHCHECK on the runtime already in the image.</summary>
internal sealed class DotNetRecipe : Recipe
{
    // The chiseled images' non-root "app" user.
    private const string ChiseledUser = "1654:1654";

    public override Language Language => Language.DotNet;

    public override string Title => ".NET";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.DotNet,
        Framework = "aspnetcore",
        PackageManager = "dotnet",
        Manifests = ["App.csproj"],
        Entrypoint = "App.csproj",
    };

    public override IReadOnlyList<string> Frameworks { get; } = ["aspnetcore", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } = ["dotnet"];

    // The .NET host handles SIGTERM (graceful host shutdown) as PID 1.
    public override bool NeedsInit => false;

    public override int DefaultPort(string? framework) => 8080;

    public override string DefaultEntrypoint(ProjectProfile profile) => "App.csproj";

    public override string ValidateEntrypoint(string field, string entrypoint)
    {
        var path = InputGrammar.RelativePath(field, entrypoint);
        if (!path.EndsWith(".csproj", StringComparison.Ordinal) &&
            !path.EndsWith(".fsproj", StringComparison.Ordinal))
        {
            throw new InvalidInputException(field,
                $"'{path}' is not a project file; give the .csproj or .fsproj to publish");
        }

        return path;
    }

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
        ["**/bin/", "**/obj/", "*.user", "*.suo", "TestResults/", "artifacts/", ".vs/"];

    public override ScriptObject Model(GenerationContext context)
    {
        var profile = context.Profile;
        var tier = context.Tier;
        var project = profile.Entrypoint!;
        var assembly = Path.GetFileNameWithoutExtension(project);
        InputGrammar.Identifier("entrypoint", assembly);
        var solution = profile.Manifests.FirstOrDefault(m =>
            !m.Contains('/') && (m.EndsWith(".sln", StringComparison.Ordinal) ||
                m.EndsWith(".slnx", StringComparison.Ordinal)));

        var sdkFrom = context.CrossFrom(context.ImageArg("SDK_IMAGE", "dotnet.sdk"));
        // The SDK is Ubuntu (glibc) and the publish names no musl RID, so the apphost only
        // starts on a glibc runtime: noble at tiers 1-2, noble-chiseled from tier 3.
        var runtimeFrom = tier <= 2
            ? context.FinalFrom("RUNTIME_IMAGE", "dotnet.aspnet")
            : context.FinalFrom("RUNTIME_IMAGE", "dotnet.aspnet.chiseled");

        var arch = tier >= 4 ? " -a \"$TARGETARCH\"" : "";
        var cache = "RUN --mount=type=cache,target=/root/.nuget/packages \\\n    ";
        var restoreTarget = solution ?? project;

        var model = Common(context, Title);
        if (context.Distroless)
            model["user"] = ChiseledUser;
        model["sdk_from"] = sdkFrom;
        model["runtime_from"] = runtimeFrom;
        model["cross"] = tier >= 4;
        model["runtime_version"] = context.Catalog.Runtime("dotnet");
        model["copy_manifests"] = CopyManifests(profile.Manifests);
        model["restore"] = cache + $"dotnet restore {restoreTarget}{arch}";
        model["publish"] = cache +
            $"dotnet publish {project} -c Release{arch} --no-restore -o /out/app " +
            "-p:UseAppHost=true";
        model["test"] = cache + (profile.HasTests
            ? $"dotnet test {restoreTarget} -c Release{arch} --no-restore"
            : $"dotnet build {restoreTarget} -c Release{arch} --no-restore");
        model["probe"] = true;
        model["probe_publish"] = cache +
            $"dotnet publish /probe/HealthCheck.csproj -c Release{arch} -o /out/healthcheck";
        model["healthcheck"] = HealthCheck(ExecForm("/opt/healthcheck/HealthCheck", context.HealthUrl));
        model["entrypoint"] = ExecForm($"/app/{assembly}");
        model["env_runtime"] = Env(
            ("ASPNETCORE_HTTP_PORTS", context.Port.ToString()),
            ("DOTNET_NOLOGO", "true"),
            ("DOTNET_CLI_TELEMETRY_OPTOUT", "true"));
        if (!profile.HasTests && tier >= 3)
        {
            context.Assumptions.Add("no test project found: the test stage builds the solution " +
                "only; add a test project to run tests there");
        }

        return model;
    }

    public override IReadOnlyList<string> WritablePaths(GenerationContext context) => ["/tmp"];
}
