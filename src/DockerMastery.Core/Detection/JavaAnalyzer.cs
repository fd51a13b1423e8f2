namespace DockerMastery.Core.Detection;

/// <summary>Java: Maven and Gradle (with wrappers, multi-module builds); Spring Boot and
/// Quarkus; the Java release from the build file.</summary>
internal sealed class JavaAnalyzer : Analyzer
{
    public override Language Language => Language.Java;

    public override bool IsMarker(string fileName) =>
        fileName is "pom.xml" or "build.gradle" or "build.gradle.kts";

    public override IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes)
    {
        var maven = scan.Read("pom.xml");
        var gradleName = scan.Has("build.gradle.kts") ? "build.gradle.kts" : "build.gradle";
        var gradle = maven is null ? scan.Read(gradleName) : null;
        var build = maven ?? gradle;
        if (build is null)
            yield break;

        var pm = maven is not null ? "maven" : "gradle";
        scan.FileFact("packageManager", pm, maven is not null ? "pom.xml" : gradleName, Confidence.High);
        var wrapper = maven is not null ? scan.Has("mvnw") : scan.Has("gradlew");
        if (wrapper)
            scan.FileFact("wrapper", pm == "maven" ? "mvnw" : "gradlew", pm == "maven" ? "mvnw" : "gradlew", Confidence.High);

        var modules = Modules(scan, maven, pm);
        foreach (var module in modules)
            claimed.Add(Join(scan.Folder, module));

        var manifests = Manifests(scan, pm, modules);
        var candidates = modules.Count == 0 ? new List<string> { "" } : modules;
        foreach (var module in candidates)
        {
            var moduleScan = new AppScan(scan.Files, Join(scan.Folder, module));
            var moduleBuild = pm == "maven"
                ? moduleScan.Read("pom.xml")
                : moduleScan.Read("build.gradle.kts") ?? moduleScan.Read("build.gradle");
            var framework = Framework(moduleScan, moduleBuild) ?? Framework(moduleScan, build);
            if (framework is null && modules.Count > 0)
            {
                notes.Add($"{moduleScan.ProfilePath}: module without Spring Boot or Quarkus; skipped");
                continue;
            }

            var version = moduleScan.Capture(moduleBuild,
                    "<(?:java\\.version|maven\\.compiler\\.release|maven\\.compiler\\.target)>" +
                    "(\\d+)<", "runtimeVersion", Confidence.High)
                ?? moduleScan.Capture(moduleBuild, "JavaLanguageVersion\\.of\\((\\d+)\\)",
                    "runtimeVersion", Confidence.High)
                ?? scan.Capture(build, "<(?:java\\.version|maven\\.compiler\\.release)>(\\d+)<",
                    "runtimeVersion", Confidence.High);
            var port = moduleScan.Port(moduleScan.Read("src/main/resources/application.properties"),
                    "^(?:server\\.port|quarkus\\.http\\.port)\\s*[=:]\\s*(\\d{2,5})", Confidence.High)
                ?? moduleScan.Port(moduleScan.Read("src/main/resources/application.yml") ??
                    moduleScan.Read("src/main/resources/application.yaml"),
                    "^\\s+port:\\s*(\\d{2,5})", Confidence.Medium);
            var main = moduleScan.Below()
                .Where(p => p.StartsWith("src/main/", StringComparison.Ordinal) &&
                    (p.EndsWith(".java", StringComparison.Ordinal) || p.EndsWith(".kt", StringComparison.Ordinal)))
                .Select(moduleScan.Read)
                .FirstOrDefault(s => s is not null && s.Text.Contains("static void main", StringComparison.Ordinal));
            port ??= moduleScan.Port(main, "PORT[^\\n]{0,40}?\"(\\d{2,5})\"", Confidence.Medium);
            var entry = module.Length == 0 ? "." : module;
            moduleScan.Fact("entrypoint", entry, moduleBuild?.Path ?? build.Path, 0, Confidence.High);
            yield return new ProjectProfile
            {
                Path = scan.ProfilePath,
                Language = Language.Java,
                Framework = framework ?? "none",
                PackageManager = pm,
                Lockfile = null,
                Manifests = manifests,
                RuntimeVersion = version,
                Entrypoint = entry,
                Port = port,
                HasWrapper = wrapper,
                HasTests = moduleScan.Below().Any(p => p.StartsWith("src/test/", StringComparison.Ordinal)),
                Facts = [.. scan.Facts, .. moduleScan.Facts],
            };
        }
    }

    private static string? Framework(AppScan scan, SourceText? build)
    {
        var boot = scan.Capture(build, "(spring-boot-starter|org\\.springframework\\.boot)",
            "framework", Confidence.High);
        if (boot is not null)
        {
            scan.Facts[^1] = scan.Facts[^1] with { Value = "spring-boot" };
            return "spring-boot";
        }

        var quarkus = scan.Capture(build, "(io\\.quarkus)", "framework", Confidence.High);
        if (quarkus is not null)
        {
            scan.Facts[^1] = scan.Facts[^1] with { Value = "quarkus" };
            return "quarkus";
        }

        return null;
    }

    private static List<string> Modules(AppScan scan, SourceText? maven, string pm)
    {
        var modules = new List<string>();
        if (pm == "maven" && maven is not null)
        {
            foreach (System.Text.RegularExpressions.Match match in
                System.Text.RegularExpressions.Regex.Matches(maven.Text, "<module>\\s*([^<\\s]+)\\s*</module>"))
            {
                modules.Add(match.Groups[1].Value.Trim('/'));
                scan.Fact("module", match.Groups[1].Value, maven.Path, maven.LineOf(match.Index),
                    Confidence.High);
            }
        }
        else
        {
            var settings = scan.Read("settings.gradle.kts") ?? scan.Read("settings.gradle");
            if (settings is not null)
            {
                foreach (System.Text.RegularExpressions.Match match in
                    System.Text.RegularExpressions.Regex.Matches(settings.Text,
                        "include\\s*\\(?\\s*((?:[\"'][^\"']+[\"']\\s*,?\\s*)+)"))
                {
                    foreach (var name in match.Groups[1].Value.Split(',')
                        .Select(n => n.Trim().Trim('"', '\'', ' ', ':').Replace(':', '/'))
                        .Where(n => n.Length > 0))
                    {
                        modules.Add(name);
                        scan.Fact("module", name, settings.Path, settings.LineOf(match.Index),
                            Confidence.High);
                    }
                }
            }
        }

        return modules;
    }

    private static List<string> Manifests(AppScan scan, string pm, List<string> modules)
    {
        var files = new List<string>();
        var wanted = pm == "maven"
            ? new[] { "pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties" }
            : ["build.gradle.kts", "build.gradle", "settings.gradle.kts", "settings.gradle",
               "gradle.properties", "gradlew", "gradle/wrapper/gradle-wrapper.properties",
               "gradle/wrapper/gradle-wrapper.jar", "gradle/libs.versions.toml"];
        foreach (var file in wanted)
        {
            if (scan.Has(file))
                files.Add(file);
        }

        foreach (var module in modules)
        {
            foreach (var file in new[] { "pom.xml", "build.gradle.kts", "build.gradle" })
            {
                if (scan.Has($"{module}/{file}"))
                    files.Add($"{module}/{file}");
            }
        }

        return files;
    }
}
