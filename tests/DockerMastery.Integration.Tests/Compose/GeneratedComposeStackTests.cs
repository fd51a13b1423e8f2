using System.Text.Json;
using DockerMastery.Core.Compose;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;
using DockerMastery.Integration.Tests.Harness;
using DockerMastery.Integration.Tests.Samples;

namespace DockerMastery.Integration.Tests.Compose;

/// <summary>
/// The real run: generate the go-http sample's Dockerfile and a compose stack with
/// PostgreSQL and Redis, bring it up in the real daemon with <c>up --wait</c>, check every
/// service is healthy and the secrets really guard the data services, then tear it down with
/// its volumes. PostgreSQL and Redis are the Debian-built stand-ins tagged with the catalog's
/// references, so the generated files run unchanged.
/// </summary>
[Collection(RealbuildCollection.Name)]
public sealed class GeneratedComposeStackTests(RealbuildFixture fixture)
{
    private static readonly TimeSpan Up = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task App_postgres_and_redis_come_up_healthy_and_go_down_with_their_volumes(
        int tier)
    {
        var docker = fixture.Docker;
        var context = fixture.CopyToWork(SampleApps.Folder("go-http"), $"compose-t{tier}");

        // As scaffold does it: detect the folder, generate the Dockerfile, then the stack.
        var profile = ProjectDetector.Detect(new FolderProjectFiles(context)).Primary;
        var request = new DockerfileRequest
        {
            Language = Language.Go, Tier = tier, Name = "go-http", Profile = profile,
        };
        var dockerfile = DockerfileGenerator.Generate(request);
        var port = dockerfile.Profile.Port!.Value;
        var project = $"dm-it-compose-t{tier}-{Guid.NewGuid():N}"[..28];
        var stack = ComposeGenerator.Generate(new ComposeRequest
        {
            ProjectName = project, Language = "go", Port = port, Tier = tier,
            Services = [ComposeServiceKind.Postgres, ComposeServiceKind.Redis],
        });
        Assert.Empty(stack.Review);
        await WriteStackAsync(context, dockerfile.Dockerfile.Content, stack);
        string[] compose = ["compose", "-p", project, "-f", "compose.yaml"];
        try
        {
            var up = await docker.RunAsync(
                [.. compose, "up", "-d", "--build", "--wait", "--wait-timeout", "240"],
                Up, context);
            Assert.True(up.Succeeded, up.Stderr + up.Stdout + await LogsAsync(compose, context));

            var health = await ServiceHealthAsync(compose, context);
            Assert.Equal(["app", "postgres", "redis"], health.Keys.Order(StringComparer.Ordinal));
            Assert.All(health, s => Assert.Equal("healthy", s.Value));

            // The app answers through its published port, which the test binds to loopback.
            var published = await docker.OutputAsync([.. compose, "port", "app", port.ToString(
                System.Globalization.CultureInfo.InvariantCulture)], Short, context);
            Assert.StartsWith("127.0.0.1:", published, StringComparison.Ordinal);
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
            {
                var reply = await http.GetAsync(new Uri($"http://{published}{request.HealthPath}"));
                Assert.Equal(System.Net.HttpStatusCode.OK, reply.StatusCode);
            }

            // The secret files guard the data services: Redis refuses a client without the
            // password; PostgreSQL, reached over the stack's network as the app reaches it
            // (scram-sha-256, not the trust of connections from inside its own container),
            // takes the password from the file and refuses another.
            var anonymous = await docker.RunAsync(
                [.. compose, "exec", "-T", "redis", "redis-cli", "ping"], Short, context);
            Assert.Contains("NOAUTH", anonymous.Stdout + anonymous.Stderr,
                StringComparison.Ordinal);
            var password = (await File.ReadAllTextAsync(
                Path.Combine(context, "secrets", "postgres_password.txt"))).Trim();
            var right = await NetworkQueryAsync(compose, context, password);
            Assert.True(right.Succeeded, right.Stderr);
            Assert.Equal("app", right.Stdout.Trim());
            var wrong = await NetworkQueryAsync(compose, context, "not-the-password");
            Assert.False(wrong.Succeeded);
            Assert.Contains("password authentication failed", wrong.Stderr,
                StringComparison.Ordinal);
            if (tier >= 3)
            {
                var uid = await docker.RunAsync(
                    [.. compose, "exec", "-T", "redis", "id", "-u"], Short, context);
                Assert.Equal("999", uid.Stdout.Trim());
            }
        }
        finally
        {
            var down = await docker.RunAsync([.. compose, "down", "-v", "--timeout", "10"], Up,
                context);
            await docker.RunAsync(["image", "rm", "-f", $"{project}:it"], Short);
            Assert.True(down.Succeeded, down.Stderr);
        }

        var volumes = await docker.OutputAsync(
            ["volume", "ls", "-q", "--filter", $"label=com.docker.compose.project={project}"]);
        Assert.Equal("", volumes);
    }

    private static async Task WriteStackAsync(string context, string dockerfile, ComposeStack stack)
    {
        await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"),
            ImageBuilder.Offline(dockerfile));
        foreach (var file in stack.Files)
        {
            var path = Path.Combine(context, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.Content);
        }

        // .env from the example, with this run's image name; one secret file per declared secret.
        // The app's host port goes to loopback with a port the daemon picks ("127.0.0.1::PORT").
        var env = stack.Files.Single(f => f.Path == ".env.example").Content
            .Replace("APP_TAG=dev", "APP_TAG=it", StringComparison.Ordinal)
            + "\nAPP_PORT=127.0.0.1:\n";
        await File.WriteAllTextAsync(Path.Combine(context, ".env"), env);
        var secrets = Path.Combine(context, "secrets");
        Directory.CreateDirectory(secrets);
        foreach (var name in new[] { "postgres_password", "redis_password" })
        {
            var path = Path.Combine(secrets, name + ".txt");
            await File.WriteAllTextAsync(path, Guid.NewGuid().ToString("N"));
            // Compose bind-mounts secret files: the services' own users must read them.
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite |
                    UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }
    }

    private async Task<Dictionary<string, string>> ServiceHealthAsync(string[] compose,
        string context)
    {
        var ps = await fixture.Docker.RunAsync([.. compose, "ps", "--format", "json"], Short,
            context);
        ps.EnsureSuccess();

        // Compose 2.26 prints one JSON object per line; newer releases print one array.
        var text = ps.Stdout.Trim();
        var rows = text.StartsWith('[')
            ? JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone()).ToList()
            : text.Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return rows.ToDictionary(
            r => r.GetProperty("Service").GetString()!, r => r.GetProperty("Health").GetString()!);
    }

    /// <summary>psql from a one-off container on the PostgreSQL service's network.</summary>
    private async Task<CommandResult> NetworkQueryAsync(
        string[] compose, string context, string password)
    {
        var id = await fixture.Docker.OutputAsync(
            [.. compose, "ps", "-q", "postgres"], Short, context);
        var networks = await fixture.Docker.OutputAsync(
            ["inspect", "-f",
             "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", id]);
        var image = await fixture.Docker.OutputAsync(["inspect", "-f", "{{.Config.Image}}", id]);
        return await fixture.Docker.RunAsync(
            ["run", "--rm", "--label", ImageBuilder.Label, "--network", networks.Split(' ')[0],
             "-e", "PGPASSWORD=" + password, "--entrypoint", "psql", image,
             "-h", "postgres", "-U", "app", "-d", "app", "-tAc", "select current_user"],
            Short, context);
    }

    private async Task<string> LogsAsync(string[] compose, string context)
    {
        var logs = await fixture.Docker.RunAsync([.. compose, "logs", "--no-color", "--tail", "30"],
            Short, context);
        return "\n--- compose logs\n" + CommandResult.Tail(logs.Stdout + logs.Stderr, 60);
    }
}
