using DockerMastery.Core.Detection;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>Java: Maven or Gradle (wrapper when present) with dependencies resolved before the
/// source, the Spring Boot or Quarkus artifact on a Temurin JRE (tiers 1-2) or distroless Java
/// (tier 3+); tier 4 builds on the build platform (bytecode is portable). A compiled
/// HealthCheck class serves HEALTHCHECK on the JRE already in the image.</summary>
internal sealed class JavaRecipe : Recipe
{
    public override Language Language => Language.Java;

    public override string Title => "Java";

    public override ProjectProfile Defaults { get; } = new()
    {
        Language = Language.Java,
        Framework = "spring-boot",
        PackageManager = "maven",
        Manifests = ["pom.xml"],
        Entrypoint = ".",
    };

    public override IReadOnlyList<string> Frameworks { get; } = ["spring-boot", "quarkus", "none"];

    public override IReadOnlyList<string> PackageManagers { get; } = ["maven", "gradle"];

    // The JVM installs its own SIGTERM handler and runs shutdown hooks as PID 1.
    public override bool NeedsInit => false;

    public override int DefaultPort(string? framework) => 8080;

    public override string DefaultEntrypoint(ProjectProfile profile) => ".";

    public override string ValidateEntrypoint(string field, string entrypoint) =>
        InputGrammar.RelativePath(field, entrypoint);

    public override IReadOnlyList<string> IgnorePatterns(ProjectProfile profile) =>
        ["target/", "build/", ".gradle/", "out/", "*.class", "*.log", "!gradle/wrapper/gradle-wrapper.jar"];

    public override ScriptObject Model(GenerationContext context)
    {
        var profile = context.Profile;
        var tier = context.Tier;
        var maven = profile.PackageManager == "maven";
        var wrapper = profile.HasWrapper;
        var module = profile.Entrypoint is null or "." ? null : profile.Entrypoint;
        var quarkus = profile.Framework == "quarkus";

        var buildKey = wrapper ? "java.build" : maven ? "maven" : "gradle";
        var buildFrom = context.CrossFrom(context.ImageArg("BUILD_IMAGE", buildKey));
        var runtimeFrom = tier switch
        {
            1 => context.FinalFrom("RUNTIME_IMAGE", "java.runtime"),
            2 => context.FinalFrom("RUNTIME_IMAGE", "java.alpine"),
            _ => context.FinalFrom("RUNTIME_IMAGE", "java.distroless"),
        };

        var tool = maven ? (wrapper ? "./mvnw" : "mvn") : (wrapper ? "./gradlew" : "gradle");
        var cache = maven ? "/root/.m2" : "/root/.gradle";
        var run = $"RUN --mount=type=cache,target={cache} \\\n    ";
        string resolve, package, test, output;
        if (maven)
        {
            var select = module is null ? "" : $" -pl {module} -am";
            resolve = run + $"{tool} -B -q{select} dependency:go-offline";
            package = run + $"{tool} -B{select} -DskipTests package";
            test = run + $"{tool} -B{select} test";
            output = module is null ? "target" : $"{module}/target";
        }
        else
        {
            var task = module is null ? "" : $":{module.Replace('/', ':')}:";
            var artifact = quarkus ? "quarkusBuild" : profile.Framework == "spring-boot" ? "bootJar" : "jar";
            resolve = run + $"{tool} --no-daemon -q {task}dependencies";
            package = run + $"{tool} --no-daemon {task}{artifact} -x test";
            test = run + $"{tool} --no-daemon {task}test";
            output = module is null ? "build" : $"{module}/build";
        }

        // Quarkus ships a folder (fast-jar); Spring Boot and plain apps one runnable jar.
        var jars = maven ? output : $"{output}/libs";
        var collect = quarkus
            ? $"RUN mkdir -p /out && cp -r {output}/quarkus-app /out/app"
            : $"RUN mkdir -p /out && \\\n    find {jars} -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' \\\n" +
              "      ! -name '*-sources.jar' ! -name '*-javadoc.jar' -exec cp {} /out/app.jar ';' -quit && \\\n" +
              "    test -f /out/app.jar";
        var java = context.Distroless ? "/usr/bin/java" : "java";
        var jar = quarkus ? "/app/quarkus-run.jar" : "/app/app.jar";

        var model = Common(context, Title);
        model["build_from"] = buildFrom;
        model["runtime_from"] = runtimeFrom;
        model["copy_manifests"] = CopyManifests(profile.Manifests);
        model["resolve"] = resolve;
        model["package"] = package;
        model["collect"] = collect;
        model["test"] = test;
        model["quarkus"] = quarkus;
        model["probe"] = true;
        model["healthcheck"] = HealthCheck(ExecForm(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xmx16m", "-cp", "/opt/healthcheck", "HealthCheck", context.HealthUrl));
        model["entrypoint"] = ExecForm(java, "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
            "-jar", jar);
        model["env_runtime"] = Env(("PORT", context.Port.ToString()),
            ("SERVER_PORT", context.Port.ToString()),
            ("JAVA_TOOL_OPTIONS", "\"-Djava.io.tmpdir=/tmp\""));
        if (!maven && !wrapper)
        {
            context.Assumptions.Add("no Gradle wrapper: the build uses the catalog's Gradle image; " +
                "commit gradlew to pin the Gradle version the project expects");
        }

        return model;
    }
}
