namespace DockerMastery.Core.Review.Rules;

internal sealed class SC2164 : Rule
{
    public override string Id => "SC2164";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use `cd ... || exit` in case cd fails";
    public override string Checks => """
        Fires on a `cd` followed by another command through `;` or a newline, when nothing
        stops the script if `cd` fails (`&&`, `|| exit`, or an earlier `set -e`).
        """;
    public override string Why => "When `cd` fails the next commands run in the wrong directory; with `rm` or `make install` that does real damage.";
    public override string Bad => """
        FROM debian:12-slim
        RUN cd /opt/src; make install
        """;
    public override string Good => """
        FROM debian:12-slim
        WORKDIR /opt/src
        RUN make install
        """;
    public override string Fix => "Chain with `&&`, add `|| exit 1`, or better set `WORKDIR`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null))
        {
            var commands = run.Script!.Commands;
            for (var i = 0; i < commands.Count - 1; i++)
            {
                var command = commands[i];
                if (!command.Is("cd") || command.Separator is not (";" or "\n"))
                    continue;
                var errexit = commands.Take(i).Any(c => c.Is("set") && c.Values.Any(v => v.StartsWith('-') && v.Contains('e', StringComparison.Ordinal)));
                if (!errexit)
                    yield return ReviewContext.At(run, command, "cd can fail and the script goes on in the wrong directory.");
            }
        }
    }
}
