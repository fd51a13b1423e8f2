using System.Text.Json;
using DockerMastery.Mcp.Cli;
using DockerMastery.Mcp.Tools;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Tests;

public sealed class ComposeToolsTests
{
    [Fact]
    public void GenerateComposeReturnsCleanFilesAndStructuredContent()
    {
        var result = ComposeTools.GenerateCompose(
            "python", ["postgres", "redis", "nginx"], framework: "fastapi", tier: 3,
                projectName: "shop");

        var structured = result.StructuredContent!.Value;
        var files = structured.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()).ToArray();
        Assert.Contains("compose.yaml", files);
        Assert.Contains("compose.override.yaml", files);
        Assert.Contains(".env.example", files);
        Assert.Equal(0, structured.GetProperty("review").GetArrayLength());
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("pg_isready", text, StringComparison.Ordinal);
        Assert.Contains("Review: clean.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appName", "app\nprivileged: true", null, 8000)]
    [InlineData("services", "app", "postgress", 8000)]
    [InlineData("port", "app", null, 70000)]
    [InlineData("port", "app", null, 0)]
    public void GenerateComposeBadInputNamesTheField(string field, string appName, string? service,
        int port)
    {
        var error = Assert.Throws<McpException>(() => ComposeTools.GenerateCompose(
            "python", service is null ? null : [service], appName: appName, port: port));

        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewComposeReportsRulesWithLines()
    {
        var text = "services:\n  api:\n    image: example/api\n    privileged: true\n";

        var result = ComposeTools.ReviewCompose(text);

        var findings = result.StructuredContent!.Value.GetProperty("findings")
            .EnumerateArray().ToArray();
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "DC201" &&
            f.GetProperty("line").GetInt32() == 4);
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "DC204");
        Assert.True(result.StructuredContent!.Value.GetProperty("hasWarnings").GetBoolean());
    }

    [Fact]
    public void ReviewComposeBadInputNamesTheField()
    {
        Assert.StartsWith("text:", Assert.Throws<McpException>(()
            => ComposeTools.ReviewCompose("  ")).Message);
        Assert.StartsWith("text:", Assert.Throws<McpException>(
            () => ComposeTools.ReviewCompose(new string('a', 5 * 1024 * 1024))).Message);
        Assert.StartsWith("ignore:", Assert.Throws<McpException>(
            () => ComposeTools.ReviewCompose("services: {}\n", ignore: ["XX1"])).Message);
        Assert.StartsWith("baseText:", Assert.Throws<McpException>(
            () => ComposeTools.ReviewCompose("services: {}\n", baseText: "a: [")).Message);
    }

    [Fact]
    public void ReviewComposeOnBadYamlIsAFindingNotACrash()
    {
        var result = ComposeTools.ReviewCompose("services:\n  api: [\n");

        var finding = Assert.Single(
            result.StructuredContent!.Value.GetProperty("findings").EnumerateArray());
        Assert.Equal("DC100", finding.GetProperty("ruleId").GetString());
        Assert.True(finding.GetProperty("line").GetInt32() >= 2);
    }

    [Fact]
    public async Task VerbExitsOneOnWarningsAndZeroWhenClean()
    {
        var dir = Directory.CreateTempSubdirectory("review-compose-");
        try
        {
            var generated = ComposeTools.GenerateCompose("node", ["postgres"], port: 3000);
            var compose = generated.StructuredContent!.Value.GetProperty("files").EnumerateArray()
                .First(f => f.GetProperty("path").GetString() == "compose.yaml")
                .GetProperty("content").GetString()!;
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "compose.yaml"), compose);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "bad.yaml"),
                "services:\n  db:\n    image: postgres\n    ports: [\"5432:5432\"]\n");

            var (clean, cleanOut, _) = await Run(dir.FullName, "", "review-compose",
                "compose.yaml");
            var (bad, badOut, _) = await Run(dir.FullName, "", "review-compose", "bad.yaml");
            var (json, jsonOut, _) = await Run(dir.FullName, "", "review-compose", "bad.yaml",
                "--format", "json");

            Assert.Equal(0, clean);
            Assert.Contains("no findings", cleanOut, StringComparison.Ordinal);
            Assert.Equal(1, bad);
            Assert.Contains("bad.yaml:4:", badOut, StringComparison.Ordinal);
            Assert.Contains("DC209", badOut, StringComparison.Ordinal);
            Assert.Equal(1, json);
            using var document = JsonDocument.Parse(jsonOut);
            Assert.Contains(document.RootElement.GetProperty("findings").EnumerateArray(),
                f => f.GetProperty("ruleId").GetString() == "DC204");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task VerbReviewsAnOverrideWithTheComposeFileBesideIt()
    {
        var dir = Directory.CreateTempSubdirectory("review-compose-");
        try
        {
            var files = ComposeTools.GenerateCompose("python", ["postgres"], framework: "fastapi")
                .StructuredContent!.Value.GetProperty("files").EnumerateArray()
                .ToDictionary(f => f.GetProperty("path").GetString()!, f
                    => f.GetProperty("content").GetString()!);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "compose.override.yaml"),
                files["compose.override.yaml"]);

            var (alone, _, _) = await Run(dir.FullName, "", "review-compose",
                "compose.override.yaml");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "compose.yaml"),
                files["compose.yaml"]);
            var (withBase, output, error) = await Run(dir.FullName, "", "review-compose",
                "compose.override.yaml");

            Assert.Equal(1, alone);
            Assert.Equal(0, withBase);
            Assert.Contains("no findings", output, StringComparison.Ordinal);
            Assert.Contains("as an override of compose.yaml", error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task VerbReadsStandardInputAndRefusesBadUsage()
    {
        var (fromStdin, output, _) = await Run(Path.GetTempPath(),
            "services:\n  api:\n    image: example/api:1\n", "review-compose", "-");
        var (missing, _, missingError) = await Run(Path.GetTempPath(), "", "review-compose",
            "nope.yaml");
        var (noArgs, _, _) = await Run(Path.GetTempPath(), "", "review-compose");
        var (badFormat, _, formatError) = await Run(Path.GetTempPath(), "", "review-compose", "-",
            "--format", "xml");

        Assert.Equal(1, fromStdin);
        Assert.Contains("<stdin>:2:", output, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("no such file", missingError, StringComparison.Ordinal);
        Assert.Equal(2, noArgs);
        Assert.Equal(2, badFormat);
        Assert.Contains("--format", formatError, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> Run(
        string workingDirectory, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(input), workingDirectory);
        var code = await VerbCatalog.RunAsync(args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
