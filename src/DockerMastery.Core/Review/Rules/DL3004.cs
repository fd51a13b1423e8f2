namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3004 : Rule
{
    public override string Id => "DL3004";
    public override Severity Severity => Severity.Error;
    public override string Title => "Do not use sudo";
    public override string Checks => """
        Fires when a `RUN` runs `sudo`, as the program or as a wrapper (`sudo apt-get ...`).
        """;
    public override string Why => """
        Build steps already run as the current `USER`; sudo adds a setuid binary and a TTY- and
        password-dependent behaviour to the image for nothing, and keeping it makes privilege
        escalation at run time trivial.
        """;
    public override string Bad => """
        FROM ubuntu:24.04
        RUN sudo apt-get update
        """;
    public override string Good => """
        FROM ubuntu:24.04
        USER root
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        USER 10001
        """;
    public override string Fix => "Switch with `USER root` for the steps that need it and back to the unprivileged user after; if a process must step up at run time, use `gosu` or `su-exec`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("sudo") || rc.Command.Wrappers.Contains("sudo"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "sudo in a build step."));
}
