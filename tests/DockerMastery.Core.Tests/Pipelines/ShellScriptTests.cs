using System.Text.RegularExpressions;
using DockerMastery.Core.Generation;
using DockerMastery.Core.Generation.Pipelines;
using YamlDotNet.RepresentationModel;

namespace DockerMastery.Core.Tests.Pipelines;

/// <summary>
/// Every shell script inside the generated CI files passes shellcheck (installed by
/// tests/install-prereqs.sh): GitHub <c>run:</c> blocks as bash, GitLab <c>script:</c> and
/// Jenkins <c>sh</c> blocks as POSIX sh, and the Harbor setup script.
/// </summary>
public sealed partial class ShellScriptTests
{
    [GeneratedRegex(@"sh '''\n(.*?)\n\s*'''", RegexOptions.Singleline)]
    private static partial Regex JenkinsShell();

    private static IEnumerable<(string Name, string Shell, string Script)> Scripts(
        GeneratedFile file)
    {
        if (file.Path.StartsWith(".github/workflows/", StringComparison.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Content));
            var jobs = (YamlMappingNode)stream.Documents[0].RootNode["jobs"];
            foreach (var (job, body) in jobs.Children)
            {
                var steps = (YamlSequenceNode)body["steps"];
                foreach (var step in steps.Cast<YamlMappingNode>())
                {
                    if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
                        yield return ($"{file.Path} {job}", "bash", ((YamlScalarNode)run).Value!);
                }
            }
        }
        else if (file.Path == ".gitlab-ci.yml")
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Content));
            foreach (var (job, body) in ((YamlMappingNode)stream.Documents[0].RootNode).Children)
            {
                if (body is not YamlMappingNode map)
                    continue;
                foreach (var key in new[] { "before_script", "script" })
                {
                    if (map.Children.TryGetValue(new YamlScalarNode(key), out var lines))
                    {
                        var script = string.Join('\n', ((YamlSequenceNode)lines).Children
                            .Select(line => ((YamlScalarNode)line).Value));
                        yield return ($"{file.Path} {job}.{key}", "sh", script);
                    }
                }
            }
        }
        else if (file.Path == "Jenkinsfile")
        {
            foreach (Match block in JenkinsShell().Matches(file.Content))
            {
                // Groovy ''' strings escape a backslash by doubling it.
                var script = block.Groups[1].Value.Replace("\\\\", "\\", StringComparison.Ordinal);
                yield return ($"{file.Path} sh@{block.Index}", "sh", script);
            }
        }
        else if (file.Path.EndsWith(".sh", StringComparison.Ordinal))
        {
            yield return (file.Path, "bash", file.Content);
        }
    }

    [Fact]
    public void EveryCiScriptPassesShellcheck()
    {
        var scripts = PipelineSamples.AllFiles().SelectMany(Scripts)
            .DistinctBy(s => s.Script).ToList();
        Assert.Contains(scripts, s => s.Name.StartsWith("Jenkinsfile", StringComparison.Ordinal));
        Assert.Contains(scripts,
            s => s.Name.StartsWith(".gitlab-ci.yml", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.Name.StartsWith("harbor/", StringComparison.Ordinal));
        Assert.True(scripts.Count > 30, $"only {scripts.Count} scripts");

        var files = scripts.Select((s, i) => (
            $"{i:D3}.{s.Shell}",
            (s.Shell == "bash" && !s.Script.StartsWith("#!", StringComparison.Ordinal)
                ? "#!/usr/bin/env bash\nset -eo pipefail\n"
                : s.Shell == "sh" ? "#!/bin/sh\nset -e\n" : "") + s.Script + "\n")).ToList();
        var (folder, paths) = ExternalTool.WriteTemp(files);

        var (exit, output) = ExternalTool.Run("shellcheck",
            ["--format=gcc", "--severity=style", .. paths], folder);
        var names = string.Join('\n', scripts.Select((s, i) => $"{i:D3}: {s.Name}"));
        Assert.True(exit == 0, output + "\n" + names);
    }

    [Fact]
    public void ShellcheckCatchesAnUnquotedVariable()
    {
        var (folder, paths) = ExternalTool.WriteTemp(
            [("bad.bash", "#!/usr/bin/env bash\ncosign sign $IMAGE_NAME@$DIGEST\n")]);
        Assert.NotEqual(0, ExternalTool.Run("shellcheck", paths, folder).ExitCode);
    }
}
