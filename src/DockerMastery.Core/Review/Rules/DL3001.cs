namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3001 : Rule
{
    private static readonly string[] Irrelevant =
        ["ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"];

    public override string Id => "DL3001";
    public override Severity Severity => Severity.Info;
    public override string Title => "Command makes no sense inside a Docker build";
    public override string Checks => """
        Fires when a `RUN` runs one of ssh, vim, shutdown, service, ps, free, top, kill, mount,
        ifconfig as a command. Installing a package of that name is not a command and is not
        flagged here.
        """;
    public override string Why => """
        A build step has no terminal, no init system and no long-running processes: these
        commands either hang, do nothing, or show that the Dockerfile treats the container like
        a virtual machine.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN service nginx start
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        CMD ["nginx", "-g", "daemon off;"]
        """;
    public override string Fix => "Drop the command; start services through CMD/ENTRYPOINT in the foreground and inspect processes from outside (`docker top`, `docker exec`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is(Irrelevant))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, $"'{rc.Command.Program}' makes no sense in a build step."));
}
