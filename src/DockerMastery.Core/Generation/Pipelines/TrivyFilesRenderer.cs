using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary><c>trivy.yaml</c> (the severity gate every CI variant reads) and
/// <c>.trivyignore</c> (accepted findings, each with a reason and an expiry).</summary>
internal static class TrivyFilesRenderer
{
    public static IEnumerable<GeneratedFile> Render(PipelinePlan plan)
    {
        var config = new YamlMap()
            .Add("severity", YamlSeq.Of(plan.Options.SeverityGate))
            .Add("exit-code", 1)
            .Add("ignorefile", ".trivyignore")
            .Add("timeout", "10m")
            .Add("scan", new YamlMap().Add("scanners", YamlSeq.Of("vuln", "secret")))
            .Add("vulnerability", new YamlMap().Add("ignore-unfixed", true))
            .Add("db", new YamlMap().Add("no-progress", true));
        yield return new GeneratedFile("trivy.yaml", YamlEmitter.Emit(config,
            [
                $"Trivy {plan.ToolTag("trivy")} configuration: the build fails on "
                    + $"{plan.Severity} findings that have a fix.",
                "Accepted findings go in .trivyignore with a reason and an expiry date.",
            ]),
            "Trivy scan configuration with the severity gate");

        yield return new GeneratedFile(".trivyignore",
            "# Findings accepted after review, one ID per line. Trivy stops ignoring an entry\n"
            + "# after its exp: date, so every exception is revisited.\n"
            + "# Write the reason above each entry, for example:\n"
            + "#\n"
            + "# Not reachable: the vulnerable parser is never called by this service (ticket "
            + "SEC-123).\n"
            + "# CVE-YYYY-NNNNN exp:YYYY-MM-DD\n",
            "Trivy exceptions, each with a reason and an expiry");
    }
}
