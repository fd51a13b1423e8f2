using DockerMastery.Core.Catalog;
using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.StandIns;

/// <summary>
/// The PostgreSQL and Redis stand-ins behave like the official images where generated compose
/// files rely on them; otherwise a healthy stack would prove nothing.
/// </summary>
[Collection(RealbuildCollection.Name)]
public sealed class DataServiceStandInTests(RealbuildFixture fixture)
{
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Postgres_takes_user_database_and_password_file_and_checks_the_password()
    {
        var docker = fixture.Docker;
        var image = VersionCatalog.Default.Image("postgres").ToString();
        var network = "dm-it-net-" + Guid.NewGuid().ToString("N")[..8];
        var secrets = Path.Combine(fixture.WorkRoot, "pg-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(secrets);
        await File.WriteAllTextAsync(Path.Combine(secrets, "db_password"), "correct horse");
        await docker.OutputAsync(["network", "create", "--label", ImageBuilder.Label, network]);
        try
        {
            await using var db = await RunningContainer.StartAsync(docker, [
                "--network", network, "--network-alias", "db",
                "-v", secrets + ":/run/secrets:ro",
                "-e", "POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
                "-e", "POSTGRES_USER=shop", "-e", "POSTGRES_DB=orders",
                "--health-cmd", "pg_isready -h 127.0.0.1 -U shop -d orders", "--health-interval", "1s",
                "--health-start-period", "60s",
                image]);
            await db.WaitHealthyAsync(Ready);
            Assert.Equal(999, await db.ProcessUidAsync());

            // From another container: a network client, so the password is really checked.
            var right = await docker.RunAsync(ClientQuery(network, image, "correct horse"), Ready);
            Assert.True(right.Succeeded, right.Stderr);
            Assert.Equal("shop|orders", right.Stdout.Trim());

            var wrong = await docker.RunAsync(ClientQuery(network, image, "battery staple"), Ready);
            Assert.False(wrong.Succeeded);
            Assert.Contains("password authentication failed", wrong.Stderr,
                StringComparison.Ordinal);
        }
        finally
        {
            await docker.RunAsync(["network", "rm", network], TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task Postgres_refuses_a_volume_on_the_pre_18_data_path()
    {
        var image = VersionCatalog.Default.Image("postgres").ToString();
        var result = await fixture.Docker.RunAsync(
            ["run", "--rm", "--label", ImageBuilder.Label, "-e", "POSTGRES_PASSWORD=x",
             "--mount", "type=tmpfs,destination=/var/lib/postgresql/data", image],
            Ready);

        Assert.False(result.Succeeded);
        Assert.Contains("mount the volume at /var/lib/postgresql", result.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_answers_ping_as_the_redis_user_and_accepts_network_clients()
    {
        var docker = fixture.Docker;
        var image = VersionCatalog.Default.Image("redis").ToString();
        await using var cache = await RunningContainer.StartAsync(docker, [
            "-p", "127.0.0.1::6379", "--health-cmd", "redis-cli ping", "--health-interval", "1s",
            image, "--appendonly", "yes"], publishedPort: 6379);
        await cache.WaitHealthyAsync(Ready);

        Assert.Equal(999, await cache.ProcessUidAsync());
        var bridgeAddress = (await cache.InspectAsync()).GetProperty("NetworkSettings")
            .GetProperty("IPAddress").GetString()!;
        var set = await docker.RunAsync(
            ["run", "--rm", "--label", ImageBuilder.Label, "--entrypoint", "redis-cli", image,
             "-h", bridgeAddress, "set", "greeting", "hello"], Ready);
        Assert.Equal("OK", set.EnsureSuccess().Stdout.Trim());
        var appendOnly = await cache.ExecResultAsync([], "redis-cli", "config", "get",
            "appendonly");
        Assert.Contains("yes", appendOnly.EnsureSuccess().Stdout, StringComparison.Ordinal);
    }

    private static string[] ClientQuery(string network, string image, string password) =>
        ["run", "--rm", "--label", ImageBuilder.Label, "--network", network,
         "-e", "PGPASSWORD=" + password, "--entrypoint", "psql", image,
         "-h", "db", "-U", "shop", "-d", "orders", "-tAc", "select current_user || '|' || current_database()"];
}
