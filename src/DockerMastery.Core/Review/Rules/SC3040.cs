namespace DockerMastery.Core.Review.Rules;

internal sealed class SC3040 : Rule
{
    public override string Id => "SC3040";
    public override Severity Severity => Severity.Warning;
    public override string Title => "In POSIX sh, set option pipefail is undefined";
    public override string Checks => "Fires on `set -o pipefail` (also `set -eo pipefail`). Only for `RUN` under plain `/bin/sh` on a non-Alpine base (Debian's sh is dash); a `SHELL` with bash turns it off.";
    public override string Why => "dash does not know pipefail: the build stops with 'set: Illegal option -o pipefail'.";
    public override string Bad => """
        FROM debian:12-slim
        RUN set -o pipefail && curl -fsSL https://example.com | tar -xz
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN curl -fsSLo /tmp/t.tgz https://example.com && tar -xzf /tmp/t.tgz
        """;
    public override string Fix => "Use `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the `RUN`, or avoid the pipe.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        ShellDialect.ShCommands(context).Where(rc => rc.Command.Is("set") && rc.Command.Values.Contains("pipefail"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, Title + "."));
}
