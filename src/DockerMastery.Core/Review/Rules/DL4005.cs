namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4005 : Rule
{
    public override string Id => "DL4005";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use SHELL to change the default shell";
    public override string Checks => "Fires on a `RUN` that replaces `/bin/sh` with a link (`ln -s /bin/bash /bin/sh`).";
    public override string Why => "Relinking /bin/sh changes the shell for every program in the image, not just for the build; `SHELL` changes it for the build only.";
    public override string Bad => """
        FROM debian:12-slim
        RUN ln -sf /bin/bash /bin/sh
        """;
    public override string Good => """
        FROM debian:12-slim
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        """;
    public override string Fix => "Use `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("ln") && rc.Command.Positionals().LastOrDefault()?.Value == "/bin/sh")
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "/bin/sh is relinked."));
}
