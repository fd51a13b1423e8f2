namespace DockerMastery.Core.Review.Rules;

internal sealed class SC2155 : Rule
{
    public override string Id => "SC2155";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Declare and assign separately to avoid masking return values";
    public override string Checks => "Fires on `export`, `local`, `declare` or `readonly` that assign a command substitution (`export V=$(cmd)`).";
    public override string Why => "The status is that of `export`, always 0: a failing `cmd` goes unnoticed even under `set -e`.";
    public override string Bad => """
        FROM debian:12-slim
        RUN export VERSION=$(cat /etc/debian_version) && echo "$VERSION"
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN VERSION="$(cat /etc/debian_version)" && export VERSION && echo "$VERSION"
        """;
    public override string Fix => "Assign first (`V=\"$(cmd)\"`), then `export V`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("export", "local", "declare", "readonly", "typeset") &&
                rc.Command.Arguments.Any(a => a.Raw.Contains('=', StringComparison.Ordinal) &&
                    (a.Raw.Contains("$(", StringComparison.Ordinal) || a.Raw.Contains('`', StringComparison.Ordinal))))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, $"'{rc.Command.Program}' masks the status of the command substitution."));
}
