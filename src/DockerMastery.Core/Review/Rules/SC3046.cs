namespace DockerMastery.Core.Review.Rules;

internal sealed class SC3046 : Rule
{
    public override string Id => "SC3046";
    public override Severity Severity => Severity.Warning;
    public override string Title => "In POSIX sh, 'source' in place of '.' is undefined";
    public override string Checks => "Fires on the `source` command. Only for `RUN` under plain `/bin/sh` on a non-Alpine base (Debian's sh is dash); a `SHELL` with bash turns it off.";
    public override string Why => "dash has no `source`: the file is never read and the variables it sets are missing.";
    public override string Bad => """
        FROM debian:12-slim
        RUN source /etc/os-release && echo "$ID"
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN . /etc/os-release && echo "$ID"
        """;
    public override string Fix => "Use `. file` instead of `source file`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        ShellDialect.ShCommands(context).Where(rc => rc.Command.Is("source"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, Title + "."));
}
