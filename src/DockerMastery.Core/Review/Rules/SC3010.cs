namespace DockerMastery.Core.Review.Rules;

internal sealed class SC3010 : Rule
{
    public override string Id => "SC3010";
    public override Severity Severity => Severity.Warning;
    public override string Title => "In POSIX sh, [[ ]] is undefined";
    public override string Checks => "Fires on the bash test command `[[ ... ]]`. Only for `RUN` under plain `/bin/sh` on a non-Alpine base (Debian's sh is dash); a `SHELL` with bash turns it off.";
    public override string Why => "dash has no `[[`: the test fails as 'command not found' and the branch silently goes the other way.";
    public override string Bad => """
        FROM debian:12-slim
        RUN if [[ -f /etc/os-release ]]; then echo found; fi
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN if [ -f /etc/os-release ]; then echo found; fi
        """;
    public override string Fix => "Use `[ ... ]`, or set a bash `SHELL`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        ShellDialect.ShCommands(context).Where(rc => rc.Command.Is("[["))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, Title + "."));
}
