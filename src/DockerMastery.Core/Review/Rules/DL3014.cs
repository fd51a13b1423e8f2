namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3014 : Rule
{
    public override string Id => "DL3014";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use the -y switch to avoid manual input: apt-get -y install <package>";
    public override string Checks => """
        Fires on `apt-get install` (and `apt install`) without `-y`, `--yes`, `--assume-yes` or
        `-qq` (which implies yes). Clustered short options (`-qy`) count.
        """;
    public override string Why => """
        Without a yes, apt asks for confirmation; a build has no terminal, so the install aborts
        and the build fails.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Add `-y` to `apt-get install`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => PackageCommands.IsAptInstall(rc.Command) &&
                !rc.Command.HasOption("-y", "--yes", "--assume-yes", "-qq"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "apt-get install without -y waits for an answer."));
}
