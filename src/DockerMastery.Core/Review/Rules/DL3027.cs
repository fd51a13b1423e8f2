namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3027 : Rule
{
    public override string Id => "DL3027";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead";
    public override string Checks => "Fires on `apt` run as a command in a `RUN`.";
    public override string Why => """
        `apt`'s output and behaviour may change between releases and it warns that its command
        line is not stable for scripts; `apt-get` and `apt-cache` are the stable interfaces.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt update && apt install -y curl
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Use `apt-get` (and `apt-cache` for queries).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("apt"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "apt in a script; use apt-get."));
}
