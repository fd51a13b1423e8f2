using System.Text.RegularExpressions;
using DockerMastery.Core.Catalog;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Tests.Compose;

public sealed partial class ComposeGeneratorTests
{
    internal static readonly ComposeServiceKind[] FullStack =
    [
        ComposeServiceKind.Postgres, ComposeServiceKind.Redis, ComposeServiceKind.RabbitMq,
        ComposeServiceKind.MongoDb, ComposeServiceKind.Nginx, ComposeServiceKind.Monitoring,
    ];

    /// <summary>Requests covering every service kind, every language and tiers 1-4.</summary>
    internal static IEnumerable<ComposeRequest> Requests()
    {
        yield return new ComposeRequest { ProjectName = "shop", Services = FullStack, Tier = 2 };
        yield return new ComposeRequest
        {
            ProjectName = "shop", Services = FullStack, Tier = 3, Gpus = -1, Framework = "fastapi",
        };
        yield return new ComposeRequest
        {
            ProjectName = "api", Language = "node", Framework = "express",
                Entrypoint = "src/server.js",
            Port = 3000, Tier = 3,
            Services = [ComposeServiceKind.MySql, ComposeServiceKind.Valkey,
                ComposeServiceKind.Traefik],
        };
        yield return new ComposeRequest
        {
            ProjectName = "svc", Language = "go", Port = 8080, Tier = 4, Gpus = 2,
            AppImage = "ghcr.io/acme/svc", Services = [ComposeServiceKind.MariaDb,
                ComposeServiceKind.Redis],
        };
        yield return new ComposeRequest { ProjectName = "tiny", Language = "python",
            Framework = "django", Tier = 1 };
        yield return new ComposeRequest
        {
            ProjectName = "flaskapp", Framework = "flask", Entrypoint = "app:create_app",
            Services = [ComposeServiceKind.Postgres, ComposeServiceKind.Nginx],
        };
        foreach (var language in new[] { "rust", "java", "dotnet" })
            yield return new ComposeRequest { ProjectName = language, Language = language,
                Port = 8080 };
    }

    public static TheoryData<int> RequestIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Requests().Count(); i++)
            data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(RequestIndexes))]
    public void GeneratedStackReviewsClean(int index)
    {
        var request = Requests().ElementAt(index);

        var stack = ComposeGenerator.Generate(request);

        Assert.Empty(stack.Review);
        var compose = File(stack, "compose.yaml");
        var development = File(stack, "compose.override.yaml");
        Assert.Empty(ComposeReviewer.Review(compose).Findings);
        Assert.Empty(ComposeReviewer.Review(development, [compose]).Findings);
        Assert.DoesNotContain("\nversion:", compose, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequestIndexes))]
    public void EveryInterpolatedVariableIsInEnvExampleWithAComment(int index)
    {
        var stack = ComposeGenerator.Generate(Requests().ElementAt(index));
        var env = File(stack, ".env.example").Split('\n');

        var used = Variable().Matches(File(stack, "compose.yaml") + File(stack,
            "compose.override.yaml"))
            .Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.NotEmpty(used);
        foreach (var name in used)
        {
            var line = Array.FindIndex(env, l => l.StartsWith(name + "=",
                StringComparison.Ordinal));
            Assert.True(line > 0, $"{name} is not in .env.example");
            Assert.StartsWith("# ", env[line - 1]);
        }
    }

    [Fact]
    public void FullStackHasTheProductionShape()
    {
        var stack = ComposeGenerator.Generate(Requests().ElementAt(1));
        var file = ComposeFile.From(YamlSourceReader.Read(File(stack, "compose.yaml")), []);

        Assert.Equal("true", file.Root.Mapping("networks")!.Mapping("backend")!.Text("internal"));
        Assert.Equal(
            ["app", "grafana", "loki", "mongo", "postgres", "prometheus", "proxy", "rabbitmq",
                "redis"],
            file.Services.Select(s => s.Name));
        foreach (var service in file.Services)
        {
            Assert.NotNull(service.MappingAt("healthcheck"));
            Assert.Equal("unless-stopped", service.Text("restart"));
            Assert.NotNull(service.MappingAt("deploy.resources.limits")!.Text("memory"));
            Assert.Equal("true", service.Text("read_only"));
            Assert.Equal("ALL",
                Assert.Single(service.Items("cap_drop").Cast<YamlSourceScalar>()).Value);
            Assert.Matches("^[1-9][0-9]*:[0-9]+$", service.Text("user")!);
            Assert.DoesNotContain(service.Environment(), e => e.Name.EndsWith("PASSWORD",
                StringComparison.Ordinal));
        }

        var app = file.Services.Single(s => s.Name == "app");
        var dependsOn = app.MappingAt("depends_on")!;
        Assert.All(dependsOn.Entries, e =>
            Assert.Equal("service_healthy", ((YamlSourceMapping)e.Value).Text("condition")));
        var reservations = app.MappingAt("deploy.resources.reservations")!;
        var devices = (YamlSourceSequence)reservations["devices"]!;
        var gpu = (YamlSourceMapping)devices.Items[0];
        Assert.Equal("all", gpu.Text("count"));
        Assert.Equal("monitoring", Assert.Single(
            file.Services.Single(s
                => s.Name == "grafana").Items("profiles").Cast<YamlSourceScalar>()).Value);
        Assert.Contains("pg_isready", File(stack, "compose.yaml"), StringComparison.Ordinal);
        Assert.Contains("redis-cli", File(stack, "compose.yaml"), StringComparison.Ordinal);
        Assert.Contains("rabbitmq-diagnostics", File(stack, "compose.yaml"),
            StringComparison.Ordinal);
        Assert.Contains("mongosh", File(stack, "compose.yaml"), StringComparison.Ordinal);
        Assert.Contains("${APP_TAG:?", File(stack, "compose.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentOverridePublishesDataPortsOnLoopbackOnlyAndReloads()
    {
        var stack = ComposeGenerator.Generate(Requests().ElementAt(1));
        var file = ComposeFile.From(
            YamlSourceReader.Read(File(stack, "compose.override.yaml")),
            [YamlSourceReader.Read(File(stack, "compose.yaml"))]);

        var bindings = file.Services.SelectMany(PortBinding.Of).ToArray();
        Assert.NotEmpty(bindings);
        Assert.All(bindings, b => Assert.Equal("127.0.0.1", b.HostIp));
        var app = file.Services.Single(s => s.Name == "app");
        Assert.Contains("--reload", app.Items("command").Cast<YamlSourceScalar>().Select(c
            => c.Value));
        Assert.Equal("bind", ((YamlSourceMapping)app.Items("volumes")[0]).Text("type"));
        Assert.Equal("debug", app.MappingAt("environment")!.Text("LOG_LEVEL"));
    }

    [Fact]
    public void ImagesComeFromTheCatalog()
    {
        var catalog = VersionCatalog.Default.With(new Dictionary<string, string>
        {
            ["images.postgres"] = "postgres:16.10-bookworm",
            ["images.redis"] = "redis:7.4-bookworm",
        });

        var stack = ComposeGenerator.Generate(new ComposeRequest
        {
            Catalog = catalog, Services = [ComposeServiceKind.Postgres, ComposeServiceKind.Redis],
        });
        var compose = File(stack, "compose.yaml");

        Assert.Contains("image: postgres:16.10-bookworm", compose, StringComparison.Ordinal);
        Assert.Contains("image: redis:7.4-bookworm", compose, StringComparison.Ordinal);
        Assert.Contains("postgres_data:/var/lib/postgresql/data", compose,
            StringComparison.Ordinal);
        var defaults = File(ComposeGenerator.Generate(new ComposeRequest
        {
            Services = [ComposeServiceKind.Postgres],
        }), "compose.yaml");
        Assert.Contains($"image: {VersionCatalog.Default.Image("postgres")}", defaults,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appName", "app\nprivileged: true")]
    [InlineData("appName", "app\n")]
    [InlineData("appName", "App")]
    [InlineData("appName", "postgres")]
    [InlineData("projectName", "my project")]
    [InlineData("appImage", "nginx:1\n  privileged: true")]
    [InlineData("appImage", "UPPER/case")]
    [InlineData("appImage", "nginx:1.29\n")]
    [InlineData("entrypoint", "../../etc/passwd")]
    [InlineData("entrypoint", "main:app\"; rm -rf /")]
    [InlineData("healthPath", "health")]
    [InlineData("healthPath", "/health\n")]
    [InlineData("workDir", "/app/../etc")]
    [InlineData("framework", "fast api")]
    [InlineData("language", "cobol")]
    public void HostileOrMalformedValuesAreRefusedNamingTheField(string field, string value)
    {
        var request = field switch
        {
            "appName" => new ComposeRequest { AppName = value },
            "projectName" => new ComposeRequest { ProjectName = value },
            "appImage" => new ComposeRequest { AppImage = value },
            "entrypoint" => new ComposeRequest { Language = value.Contains(':') ? "python" : "node",
                Entrypoint = value },
            "healthPath" => new ComposeRequest { HealthPath = value },
            "workDir" => new ComposeRequest { WorkDir = value },
            "framework" => new ComposeRequest { Framework = value },
            _ => new ComposeRequest { Language = value },
        };

        var error = Assert.Throws<ComposeInputException>(() => ComposeGenerator.Generate(request));

        Assert.Equal(field, error.Field);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public void PortOutOfRangeIsRefused(int port)
    {
        var error = Assert.Throws<ComposeInputException>(
            () => ComposeGenerator.Generate(new ComposeRequest { Port = port }));

        Assert.Equal("port", error.Field);
    }

    [Fact]
    public void TwoDatabasesOrTwoProxiesAreRefused()
    {
        var error = Assert.Throws<ComposeInputException>(()
            => ComposeGenerator.Generate(new ComposeRequest
        {
            Services = [ComposeServiceKind.Nginx, ComposeServiceKind.Traefik],
        }));

        Assert.Equal("services", error.Field);
    }

    [Fact]
    public void ProxyConfigurationPointsAtTheApp()
    {
        var nginx = ComposeGenerator.Generate(new ComposeRequest
        {
            AppName = "web", Port = 9000, Services = [ComposeServiceKind.Nginx],
        });
        var traefik = ComposeGenerator.Generate(new ComposeRequest
        {
            AppName = "web", Port = 9000, Services = [ComposeServiceKind.Traefik],
        });

        Assert.Contains("proxy_pass http://web:9000;", File(nginx, "deploy/nginx/default.conf"),
            StringComparison.Ordinal);
        Assert.Contains("http://web:9000", File(traefik, "deploy/traefik/dynamic.yml"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("docker.sock", File(traefik, "compose.yaml"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("\"9000:9000\"", File(nginx, "compose.yaml"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("python", 2, "\"python\"", "build")]
    [InlineData("python", 3, "/usr/bin/python3", "build")]
    [InlineData("node", 2, "node", "deps")]
    [InlineData("node", 3, "/nodejs/bin/node", "build")]
    [InlineData("go", 3, "/usr/local/bin/healthcheck", null)]
    public void AppProbeAndDevelopmentStageMatchTheGeneratedDockerfile(
        string language, int tier, string probe, string? stage)
    {
        var framework = language switch { "python" => "fastapi", "node" => "express", _ => null };
        var stack = ComposeGenerator.Generate(
            new ComposeRequest { Language = language, Framework = framework, Tier = tier });
        var compose = ComposeFile.From(YamlSourceReader.Read(File(stack, "compose.yaml")), []);
        var development = ComposeFile.From(YamlSourceReader.Read(File(stack,
            "compose.override.yaml")), []);

        var app = compose.Services.Single();
        var test = app.MappingAt("healthcheck")!["test"] as YamlSourceSequence;
        Assert.Equal(probe.Trim('"'), ((YamlSourceScalar)test!.Items[1]).Value);
        Assert.Equal("production", app.MappingAt("build")!.Text("target"));
        Assert.Equal(tier >= 3 ? "65532:65532" : "10001:10001", app.Text("user") ?? "10001:10001");
        Assert.Equal(stage, development.Services.Single().MappingAt("build")?.Text("target"));
    }

    internal static string File(ComposeStack stack, string path) =>
        Assert.Single(stack.Files, f => f.Path == path).Content;

    [GeneratedRegex(@"\$\{([A-Z_][A-Z0-9_]*)")]
    private static partial Regex Variable();
}
