namespace DockerMastery.Core.Review.Rules;

internal sealed class SC3014 : Rule
{
    public override string Id => "SC3014";
    public override Severity Severity => Severity.Warning;
    public override string Title => "In POSIX sh, == in place of = is undefined";
    public override string Checks => "Fires on `==` inside `[ ... ]` or `test`. Only for `RUN` under plain `/bin/sh` on a non-Alpine base (Debian's sh is dash); a `SHELL` with bash turns it off.";
    public override string Why => "dash's test rejects `==` ('unexpected operator'), so the comparison is false whatever the values.";
    public override string Bad => """
        FROM debian:12-slim
        RUN if [ "$(uname -m)" == "x86_64" ]; then echo amd64; fi
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN if [ "$(uname -m)" = "x86_64" ]; then echo amd64; fi
        """;
    public override string Fix => "Compare with a single `=`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        ShellDialect.ShCommands(context).Where(rc => rc.Command.Is("[", "test") && rc.Command.Values.Contains("=="))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, Title + "."));
}
