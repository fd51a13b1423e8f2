namespace DockerMastery.Core.Review.Rules;

internal sealed class SC3037 : Rule
{
    public override string Id => "SC3037";
    public override Severity Severity => Severity.Warning;
    public override string Title => "In POSIX sh, echo flags are undefined";
    public override string Checks => "Fires on `echo -e`, `echo -n` and `echo -E`. Only for `RUN` under plain `/bin/sh` on a non-Alpine base (Debian's sh is dash); a `SHELL` with bash turns it off.";
    public override string Why => "dash's echo prints `-e` literally and always interprets escapes: files written this way get stray text.";
    public override string Bad => """
        FROM debian:12-slim
        RUN echo -e 'a\\tb' > /etc/app.conf
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN printf 'a\\tb\\n' > /etc/app.conf
        """;
    public override string Fix => "Use `printf`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        ShellDialect.ShCommands(context).Where(rc => rc.Command.Is("echo") && rc.Command.Arguments.Count > 0 && rc.Command.Arguments[0].Value is "-e" or "-n" or "-E" or "-en" or "-ne")
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, Title + "."));
}
