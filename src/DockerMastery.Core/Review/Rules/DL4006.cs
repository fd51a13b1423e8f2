namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4006 : Rule
{
    public override string Id => "DL4006";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Set the SHELL option -o pipefail before RUN with a pipe in it";
    public override string Checks => """
        Fires on a `RUN` with a pipe when the shell in effect was not set with `-o pipefail`
        (`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`) and the script does not run
        `set -o pipefail` itself before the pipe.
        """;
    public override string Why => """
        A pipeline's status is its last command's: `curl ... | tar -x` succeeds when the download
        failed, and the build goes on with a broken image.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt
        """;
    public override string Good => """
        FROM debian:12-slim
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt
        """;
    public override string Fix => "Add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the `RUN` (on Alpine: `[\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && !r.IsJsonForm))
        {
            if (run.Shell.Contains("pipefail") || run.Shell.Any(s => s.StartsWith('-') && s.Contains('o', StringComparison.Ordinal)) && run.Shell.Contains("pipefail"))
                continue;
            var commands = run.Script!.Commands;
            var pipe = commands.FirstOrDefault(c => c.Separator is "|" or "|&");
            if (pipe is null)
                continue;
            var setsPipefail = commands.TakeWhile(c => !ReferenceEquals(c, pipe))
                .Any(c => c.Is("set") && c.Values.Contains("pipefail"));
            if (!setsPipefail)
                yield return ReviewContext.At(run, pipe, "A pipe without pipefail hides the failure of its first command.");
        }
    }
}
