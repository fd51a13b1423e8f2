namespace DockerMastery.Core.Review.Rules;

internal sealed class SC2046 : Rule
{
    public override string Id => "SC2046";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Quote this to prevent word splitting";
    public override string Checks => "Fires on a command argument with an unquoted command substitution (`$(...)` or backquotes); assignments are not flagged.";
    public override string Why => "The output of the substitution is split on whitespace and globbed: file names with spaces break apart.";
    public override string Bad => """
        FROM debian:12-slim
        RUN mkdir -p /opt/$(uname -m)
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN mkdir -p "/opt/$(uname -m)"
        """;
    public override string Fix => "Quote it: `\"$(command)\"`, or read the output into an array/loop if splitting is intended.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => !rc.Command.Is("export", "local", "declare", "readonly", "for", "eval") &&
                rc.Command.Arguments.Any(a => a.HasUnquotedCommandSubstitution && !a.Raw.Contains('=', StringComparison.Ordinal)))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, $"Unquoted command substitution in '{rc.Command.Program}'."));
}
