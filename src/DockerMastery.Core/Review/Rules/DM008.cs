namespace DockerMastery.Core.Review.Rules;

internal sealed class DM008 : Rule
{
    private static readonly HashSet<string> Tools =
    [
        "vim", "vim-tiny", "vi", "nano", "emacs", "emacs-nox", "openssh-server", "openssh-client",
        "ssh", "telnet", "sudo", "strace", "gdb", "htop", "tcpdump", "nmap", "netcat",
        "netcat-openbsd", "netcat-traditional", "ncat", "net-tools", "iputils-ping", "less",
    ];

    public override string Id => "DM008";
    public override Severity Severity => Severity.Info;
    public override string Title => "Debugging or admin tools installed in the final image";
    public override string Checks => """
        Fires when a stage that ships installs editors, shells-over-network, sudo or network
        debugging tools (vim, nano, openssh, telnet, sudo, strace, gdb, tcpdump, nmap, netcat,
        net-tools, ping).
        """;
    public override string Why => """
        Each tool is attack surface and scanner noise that the application never uses. Debug a
        running container with `docker debug`, `kubectl debug` or an ephemeral sidecar instead.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends vim sudo \
            && rm -rf /var/lib/apt/lists/*
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
            && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Remove the tools from the final image; keep them in a separate debug target (`--target debug`) or attach them at debug time.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            foreach (var (command, package) in PackageCommands.OsPackages(run.Script!).Where(p => Tools.Contains(p.Package)))
                yield return ReviewContext.At(run, command, $"'{package}' is installed in the image that ships.");
        }
    }
}
