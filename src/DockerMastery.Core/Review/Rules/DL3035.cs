namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3035 : Rule
{
    public override string Id => "DL3035";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Do not use `zypper dist-upgrade`";
    public override string Checks => "Fires on `zypper dist-upgrade` (or `zypper dup`).";
    public override string Why => "A distribution upgrade inside a build swaps the base release under the image; use a newer base image instead.";
    public override string Bad => """
        FROM opensuse/leap:15.5
        RUN zypper dist-upgrade -y
        """;
    public override string Good => """
        FROM opensuse/leap:15.6
        RUN zypper patch -y && zypper clean -a
        """;
    public override string Fix => "Move to a newer base image tag instead of upgrading the distribution in the build.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("zypper") && rc.Command.Subcommand(PackageCommands.ZypperValueOptions) is "dist-upgrade" or "dup")
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "zypper dist-upgrade in a build."));
}
