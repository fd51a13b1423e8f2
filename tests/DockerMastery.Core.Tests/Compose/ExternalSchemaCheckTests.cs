using System.Diagnostics;
using DockerMastery.Core.Compose;

namespace DockerMastery.Core.Tests.Compose;

/// <summary>
/// Validates generated files with a validator the project did not write: ajv (node) against
/// the same embedded schema, through the harness in tests/tools/compose-schema. Needs node and
/// npm; installs the harness's locked packages with npm ci on first use.
/// </summary>
public sealed class ExternalSchemaCheckTests
{
    private static readonly Lazy<string> Harness = new(Install);

    [Fact]
    public void EveryGeneratedComposeFileIsValidForAjv()
    {
        var dir = Directory.CreateTempSubdirectory("compose-ajv-");
        try
        {
            var files = new List<string>();
            var index = 0;
            foreach (var request in ComposeGeneratorTests.Requests())
            {
                var stack = ComposeGenerator.Generate(request);
                foreach (var name in new[] { "compose.yaml", "compose.override.yaml" })
                {
                    var path = Path.Combine(dir.FullName, $"{index}-{name}");
                    File.WriteAllText(path, ComposeGeneratorTests.File(stack, name));
                    files.Add(path);
                }

                index++;
            }

            var (code, output) = Validate(files);

            Assert.True(code == 0, output);
            Assert.Contains($"compose-schema: {files.Count} valid, 0 invalid", output,
                StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AjvAndTheProjectsValidatorAgreeOnEveryRuleExample()
    {
        var dir = Directory.CreateTempSubdirectory("compose-ajv-");
        try
        {
            var ours = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var rule in ComposeReviewer.Rules)
            {
                foreach (var (kind, text) in new[] { ("bad", rule.BadExample), ("good",
                    rule.GoodExample) })
                {
                    var path = Path.Combine(dir.FullName, $"{rule.Id}-{kind}.yaml");
                    File.WriteAllText(path, text + "\n");
                    ours[path] = !ComposeReviewer.Review(text).Findings
                        .Any(f => f.RuleId is "DC100" or "DC101");
                }
            }

            var (_, output) = Validate(ours.Keys);

            foreach (var (path, valid) in ours)
            {
                var line = output.Split('\n').Single(l => l.StartsWith(path + ":",
                    StringComparison.Ordinal));
                Assert.True(valid == line.EndsWith(": valid", StringComparison.Ordinal), line);
            }

            Assert.Contains(ours, p => !p.Value);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) Validate(IEnumerable<string> files)
    {
        var schema = Path.Combine(RepoRoot(), "src", "DockerMastery.Core", "Compose", "Schema",
            "compose-spec.json");
        return Run("node", [Path.Combine(Harness.Value, "validate.mjs"), schema, .. files],
            Harness.Value);
    }

    private static string Install()
    {
        var harness = Path.Combine(RepoRoot(), "tests", "tools", "compose-schema");
        if (!Directory.Exists(Path.Combine(harness, "node_modules", "ajv")))
        {
            var (code, output) = Run("npm", ["ci", "--no-audit", "--no-fund"], harness);
            Assert.True(code == 0, $"npm ci in {harness} failed:\n{output}");
        }

        return harness;
    }

    private static (int Code, string Output) Run(string program, IReadOnlyList<string> args,
        string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{program}' is needed for the external schema check (apt-get install nodejs " +
                    $"npm): {e.Message}");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish in 3 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName,
            "Directory.Packages.props")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
