using DockerMastery.Integration.Tests.Harness;
using Xunit.Abstractions;

namespace DockerMastery.Integration.Tests.Samples;

[Collection(RealbuildCollection.Name)]
public sealed class SharedExampleTests(RealbuildFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("go-scratch", 8080, "/healthz", "main.go")]
    [InlineData("node-app", 3000, "/", "server.js")]
    [InlineData("python-app", 8000, "/", "app.py")]
    public async Task Example_builds_runs_and_rebuilds_only_sources(string example, int port, string probe, string source)
    {
        var shared = "/work/shared/tools/realbuild/examples/" + example;
        var context = fixture.CopyToWork(shared, example);
        var dockerfile = "# syntax=docker/dockerfile:1\n" + File.ReadAllText(Path.Combine(context, "Dockerfile"));
        var app = new PreparedApp(example, 2, context, dockerfile, port, probe, source);
        var result = await new ImageScenario(fixture.Docker, output.WriteLine).RunAsync(app);
        output.WriteLine(result.ToString());
    }
}
