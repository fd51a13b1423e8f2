namespace DockerMastery.Core.Review.Rules;

internal sealed class SC2086 : Rule
{
    public override string Id => "SC2086";
    public override Severity Severity => Severity.Info;
    public override string Title => "Double quote to prevent globbing and word splitting";
    public override string Checks => """
        Fires on a command argument with an unquoted variable expansion (`$VAR`, `${VAR}`).
        Assignments, `[[ ]]` tests and the special parameters `$?`, `$#`, `$$`, `$!` are not
        flagged.
        """;
    public override string Why => "An unquoted expansion is split on spaces and expanded as a glob: a path with a space or a `*` turns into several arguments.";
    public override string Bad => """
        FROM alpine:3.20
        ARG APP_DIR="/opt/my app"
        RUN mkdir -p $APP_DIR
        """;
    public override string Good => """
        FROM alpine:3.20
        ARG APP_DIR="/opt/my app"
        RUN mkdir -p "$APP_DIR"
        """;
    public override string Fix => "Wrap the expansion in double quotes: `\"$VAR\"`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => !rc.Command.Is("[[", "export", "local", "declare", "readonly", "set", "for", "case", "eval") &&
                rc.Command.Arguments.Any(a => a.HasUnquotedVariable && !IsAssignmentWord(a.Raw)))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command,
                $"Unquoted {rc.Command.Arguments.First(a => a.HasUnquotedVariable).Raw} in '{rc.Command.Program}' is split and globbed."));

    private static bool IsAssignmentWord(string raw)
    {
        var equals = raw.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && raw[..equals].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }
}
