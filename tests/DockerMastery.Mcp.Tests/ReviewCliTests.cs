using System.Text.Json;
using DockerMastery.Mcp.Cli;

namespace DockerMastery.Mcp.Tests;

public sealed class ReviewCliTests : IDisposable
{
    private const string Clean = """
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY app /app
        HEALTHCHECK CMD ["/app", "healthcheck"]
        ENTRYPOINT ["/app"]
        """;

    private const string Bad = "FROM ubuntu\nRUN apt-get update\nCMD bash\n";

    private readonly string folder = Directory.CreateTempSubdirectory("dm-lint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int Exit, string Out, string Error)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(stdin), folder);
        var exit = await VerbCatalog.RunAsync(args, console, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(folder, name), text);
        return name;
    }

    [Fact]
    public async Task Clean_file_exits_0_and_warnings_exit_1()
    {
        Write(".dockerignore", ".git\n.env\n");
        var clean = await Run("", "lint", Write("Dockerfile", Clean));
        var bad = await Run("", "lint", Write("Bad.Dockerfile", Bad));

        Assert.Equal(0, clean.Exit);
        Assert.Equal("", clean.Out);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("Bad.Dockerfile:1 DL3006 warning:", bad.Out, StringComparison.Ordinal);
        Assert.Contains("Bad.Dockerfile:2 DM003 warning:", bad.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stdin_threshold_and_no_fail_decide_the_exit_code()
    {
        var info = "FROM alpine:3.20\nUSER 1000\nHEALTHCHECK NONE\nVOLUME /data\n";

        Assert.Equal(0, (await Run(info, "lint", "-")).Exit);
        Assert.Equal(1, (await Run(info, "lint", "--failure-threshold", "info", "-")).Exit);
        Assert.Equal(0, (await Run(Bad, "lint", "--no-fail", "-")).Exit);
        Assert.Equal(0, (await Run(Bad, "lint", "-t", "error", "-")).Exit);
        Assert.Equal(0, (await Run(Bad, "lint", "--failure-threshold=none", "-")).Exit);
    }

    [Fact]
    public async Task Json_and_sarif_formats_carry_the_findings()
    {
        var json = await Run(Bad, "lint", "--format", "json", "-");
        var sarif = await Run(Bad, "lint", "-f", "sarif", "-");

        var items = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToArray();
        Assert.Contains(items, i => i.GetProperty("code").GetString() == "DL3006" && i.GetProperty("line").GetInt32() == 1
            && i.GetProperty("file").GetString() == "-" && i.GetProperty("level").GetString() == "warning");
        var run = JsonDocument.Parse(sarif.Out).RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", JsonDocument.Parse(sarif.Out).RootElement.GetProperty("version").GetString());
        Assert.Equal(items.Length, run.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Config_file_and_ignore_flag_silence_rules()
    {
        Write(".hadolint.yaml", "ignored:\n  - DL3006\n  - DM003\noverride:\n  info:\n    - DL3025\n    - DM001\n    - DM006\n");
        var configured = await Run(Bad, "lint", "-");
        var flagged = await Run(Bad, "lint", "--ignore", "DL3025", "-");

        Assert.Equal(0, configured.Exit);
        Assert.DoesNotContain("DL3006", configured.Out, StringComparison.Ordinal);
        Assert.Contains("DL3025 info:", configured.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DL3025", flagged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_config_missing_file_and_bad_flags_exit_2_with_a_message()
    {
        Write("broken.yaml", "ignored: [DL3006]\nfailure-treshold: error\n");

        var config = await Run("", "lint", "--config", "broken.yaml", "-");
        var missing = await Run("", "lint", "nope.Dockerfile");
        var flag = await Run("", "lint", "--format", "xml", "-");
        var rule = await Run("", "lint", "--ignore", "DL9999", "-");

        Assert.Equal(2, config.Exit);
        Assert.Contains("broken.yaml:2: unknown key 'failure-treshold'", config.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("nope.Dockerfile: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, flag.Exit);
        Assert.Equal(2, rule.Exit);
    }

    [Fact]
    public async Task Context_option_enables_the_dockerignore_check()
    {
        var name = Write("Dockerfile", "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\n");

        var without = await Run("", "lint", "--no-fail", name);
        var missing = await Run("", "lint", "--no-fail", "--context", ".", name);
        Write(".dockerignore", ".git\n.env\nnode_modules\n");
        var present = await Run("", "lint", "--no-fail", "--context", ".", name);

        Assert.DoesNotContain("DM004", without.Out, StringComparison.Ordinal);
        Assert.Contains("Dockerfile:3 DM004 warning:", missing.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DM004", present.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_rewrites_the_file_in_place()
    {
        var name = Write("Fix.Dockerfile", "FROM alpine:3.20\nadd app.sh /app.sh\nCMD /app.sh\n");

        await Run("", "lint", "--fix", name);

        Assert.Equal("FROM alpine:3.20\nCOPY app.sh /app.sh\nCMD [\"/app.sh\"]\n", File.ReadAllText(Path.Combine(folder, name)));
    }

    [Fact]
    public async Task Rule_verb_prints_documentation_and_lists_rules()
    {
        var doc = await Run("", "rule", "dl3008");
        var list = await Run("", "rule", "--list");
        var unknown = await Run("", "rule", "ZZ1");

        Assert.Equal(0, doc.Exit);
        Assert.StartsWith("# DL3008: Pin versions in apt-get install", doc.Out, StringComparison.Ordinal);
        Assert.Contains("DM001", list.Out, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("ZZ1", unknown.Error, StringComparison.Ordinal);
    }
}
