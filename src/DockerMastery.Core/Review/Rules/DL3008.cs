namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3008 : Rule
{
    public override string Id => "DL3008";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Pin versions in apt-get install";
    public override string Checks => """
        Fires on each package of `apt-get install` (or `apt install`) written without
        `=<version>`. Option values (`-o Dpkg::Options::=...`, `-t bookworm-backports`) are not
        package names; local `.deb` files and names built from variables are not judged.
        """;
    public override string Why => """
        An unpinned package installs whatever the mirror has on the day of the build: two
        builds of the same commit differ, and a package update can break the image without any
        change in the repository.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
            && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Write `package=version` (find it with `apt-cache policy <package>` in the base image), and pin the base image by digest so the two move together.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => PackageCommands.IsAptInstall(rc.Command)))
        {
            var unpinned = PackageCommands.AptPackages(command)
                .Where(p => !PackageCommands.IsDynamic(p) && !p.Value.Contains('=', StringComparison.Ordinal) &&
                    !p.Value.EndsWith(".deb", StringComparison.Ordinal) && !p.Value.StartsWith('/') && !p.Value.StartsWith('.'))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned apt package(s): {string.Join(", ", unpinned)}.");
        }
    }
}
