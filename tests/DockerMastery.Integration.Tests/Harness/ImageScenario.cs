using System.Globalization;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// The whole proof for one Dockerfile: build it with BuildKit and its own <c># syntax=</c>,
/// run it (hardened from tier 3), and check the promises: non-root, healthy, answering on
/// 127.0.0.1, stopping on SIGTERM within the grace period, no build tools left where the tier
/// says so, and a one-file source change rebuilding only the source layers.
/// </summary>
public sealed class ImageScenario
{
    /// <summary><c>docker stop</c> grace period; stopping must take well under it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly DockerCli docker;
    private readonly ImageBuilder builder;
    private readonly Action<string> log;

    public ImageScenario(DockerCli docker, Action<string> log)
    {
        this.docker = docker;
        builder = new ImageBuilder(docker);
        this.log = log;
    }

    public async Task<ScenarioResult> RunAsync(PreparedApp app)
    {
        var syntax = DockerfileText.Syntax(app.Dockerfile);
        Assert.True(syntax is not null, $"{app.Name}: the Dockerfile has no # syntax= directive");

        var first = await builder.BuildAsync(app.Context, app.Dockerfile, app.Tag);
        log($"{app.Name}: built in {first.Elapsed.TotalSeconds:F1}s with {syntax}");
        Assert.Contains("docker-image://docker.io/" + syntax, first.Log, StringComparison.Ordinal);

        var image = await ImageFacts.ReadAsync(docker, app.Tag);
        AssertNonRootConfig(app, image);

        var (healthy, stop) = await RunAndStopAsync(app, image);

        if (app.Tier >= 2)
        {
            var forbidden = BuildTools.Forbidden(await ImageFacts.PathsAsync(docker, app.Tag),
                app.Tier);
            Assert.True(forbidden.Count == 0,
                $"{app.Name}: tier {app.Tier} final image carries build tools: {string.Join(", ", forbidden)}");
        }

        await app.ChangeSourceAsync();
        var rebuild = await builder.BuildAsync(app.Context, app.Dockerfile, app.Tag);
        var progress = rebuild.Progress;
        log($"{app.Name}: rebuild after editing {app.SourceFile}: {rebuild.Elapsed.TotalSeconds:F1}s, "
            + $"{progress.CachedCount} cached, {progress.RanCount} ran\n  "
            + string.Join("\n  ", progress.Steps));
        var violation = progress.SourceOnlyRebuildViolation();
        Assert.True(violation is null, $"{app.Name}: {violation}");

        return new ScenarioResult(app.Name, first.Elapsed, rebuild.Elapsed, progress.CachedCount,
            progress.RanCount, image, healthy, stop);
    }

    private static void AssertNonRootConfig(PreparedApp app, ImageFacts image)
    {
        var declared = DockerfileText.FinalUser(app.Dockerfile);
        Assert.True(declared is not null, $"{app.Name}: the final stage names no USER");
        Assert.False(string.IsNullOrEmpty(image.User), $"{app.Name}: image config has no User");
        var name = image.User.Split(':')[0];
        Assert.True(name is not ("root" or "0"), $"{app.Name}: image runs as {image.User}");
        if (!declared.Contains('$', StringComparison.Ordinal))
            Assert.Equal(declared, image.User);
    }

    private async Task<(TimeSpan Healthy, TimeSpan Stop)> RunAndStopAsync(PreparedApp app,
        ImageFacts image)
    {
        if (app.Tier >= 2)
            Assert.True(image.HasHealthcheck,
                $"{app.Name}: tier {app.Tier} image has no HEALTHCHECK");

        // A long interval without a start interval would only slow the test down; the probe
        // command itself is never replaced.
        TimeSpan? interval = image.HasHealthcheck && image.HealthStartInterval == TimeSpan.Zero
            && image.HealthInterval > TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(2) : null;
        await using var container = await RunningContainer.StartAsync(
            docker, new ContainerOptions(app.Tag, app.Port, Hardened: app.Tier >= 3, interval, app.Init));

        var healthy = image.HasHealthcheck
            ? await container.WaitHealthyAsync(TimeSpan.FromSeconds(90))
            : TimeSpan.Zero;
        var (status, body) = await container.GetAsync(app.ProbePath, TimeSpan.FromSeconds(30));
        Assert.True(status == 200,
            $"{app.Name}: GET {app.ProbePath} on 127.0.0.1:{container.HostPort} gave {status}: {body}");

        var uid = await container.ProcessUidAsync();
        Assert.True(uid != 0, $"{app.Name}: the main process runs as uid 0");
        var numericUser = image.User.Split(':')[0];
        if (int.TryParse(numericUser, NumberStyles.None, CultureInfo.InvariantCulture,
            out var configured))
            Assert.Equal(configured, uid);
        var idOutput = await container.ExecAsync("id", "-u");
        if (idOutput is not null)
            Assert.Equal(uid.ToString(CultureInfo.InvariantCulture), idOutput);
        log($"{app.Name}: healthy after {healthy.TotalSeconds:F1}s, uid {uid}"
            + (idOutput is null ? " (no `id` in the image)" : ", `id -u` agrees")
            + (app.Tier >= 3 ? ", --read-only --cap-drop ALL" : ""));

        var (elapsed, exitCode) = await container.StopAsync(Grace);
        log($"{app.Name}: docker stop took {elapsed.TotalSeconds:F1}s, exit code {exitCode}");
        Assert.True(elapsed < Grace - TimeSpan.FromSeconds(2) && exitCode != 137,
            $"{app.Name}: SIGTERM did not end the app: stop took {elapsed.TotalSeconds:F1}s "
            + $"(grace {Grace.TotalSeconds:F0}s), exit code {exitCode}\n{await container.LogsAsync()}");
        Assert.False(exitCode is 134 or 135 or 139,
            $"{app.Name}: the app crashed on SIGTERM (exit code {exitCode})\n{await container.LogsAsync()}");
        return (healthy, elapsed);
    }
}
