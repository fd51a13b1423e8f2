using DockerMastery.Mcp.Cli;
using DockerMastery.Mcp.Hosting;
using Serilog.Events;

namespace DockerMastery.Mcp.Tests.Hosting;

public sealed class ServeOptionsTests
{
    [Fact]
    public void Defaults_are_stdio_loopback_and_information()
    {
        var options = ServeOptions.Parse([], out var problem);

        Assert.Null(problem);
        Assert.NotNull(options);
        Assert.False(options.Http);
        Assert.Equal(["http://127.0.0.1:3001"], options.Urls);
        Assert.Equal(LogEventLevel.Information, options.LogLevel);
    }

    [Fact]
    public void Http_options_are_read()
    {
        var options = ServeOptions.Parse(
            ["--http", "--stateless", "--urls", "http://127.0.0.1:4000;http://localhost:4001",
                "--allowed-hosts", "mcp.example.com, localhost", "--max-body-bytes", "2048",
                "--rate-limit", "0", "--max-concurrency", "4", "--log-level", "Warning"],
            out var problem)!;

        Assert.Null(problem);
        Assert.True(options.Http && options.Stateless);
        Assert.Equal(["http://127.0.0.1:4000", "http://localhost:4001"], options.Urls);
        Assert.Equal(["mcp.example.com", "localhost"], options.AllowedHosts);
        Assert.Equal(
            (2048L, 0, 4), (options.MaxBodyBytes, options.RatePerSecond, options.MaxConcurrency));
        Assert.Equal(LogEventLevel.Warning, options.LogLevel);
    }

    [Theory]
    [InlineData("--log-level", "loud", "--log-level")]
    [InlineData("--max-body-bytes", "-5", "--max-body-bytes")]
    [InlineData("--max-concurrency", "0", "--max-concurrency")]
    [InlineData("--rate-limit", "lots", "--rate-limit")]
    [InlineData("--frobnicate", "1", "--frobnicate")]
    [InlineData("--urls", null, "--urls: needs a value")]
    public void Bad_options_are_named(string name, string? value, string named)
    {
        string[] args = value is null ? [name] : [name, value];

        var options = ServeOptions.Parse(args, out var problem);

        Assert.Null(options);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_file_is_read_trimmed_and_a_short_token_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  a-long-enough-token-value-123\n");
            var options = ServeOptions.Parse(["--http", "--token-file", file], out var problem);
            Assert.Null(problem);
            Assert.Equal("a-long-enough-token-value-123", options!.Token);

            File.WriteAllText(file, "short");
            Assert.Null(ServeOptions.Parse(["--token-file", file], out problem));
            Assert.Contains("at least 16", problem, StringComparison.Ordinal);

            Assert.Null(ServeOptions.Parse(["--token-file", file + ".missing"], out problem));
            Assert.Contains("cannot read", problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Serve_reports_a_bad_option_on_stderr_with_exit_2_and_help_goes_to_stderr()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), Path.GetTempPath());

        var bad = await VerbCatalog.RunAsync(["serve", "--log-level", "loud"], console, default);
        var help = await VerbCatalog.RunAsync(["serve", "--help"], console, default);

        Assert.Equal((2, 0), (bad, help));
        Assert.Equal("", output.ToString());
        Assert.Contains("--log-level: 'loud'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--allowed-origins", error.ToString(), StringComparison.Ordinal);
    }
}
