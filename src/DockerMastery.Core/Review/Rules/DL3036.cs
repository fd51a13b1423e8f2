namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3036 : Rule
{
    public override string Id => "DL3036";
    public override Severity Severity => Severity.Warning;
    public override string Title => "`zypper clean` missing after zypper use";
    public override string Checks => """
        Fires on `zypper install` in a stage that ships when the same `RUN` does not run
        `zypper clean` (or `zypper cc`) afterwards, unless `/var/cache/zypp` is a cache mount.
        """;
    public override string Why => "zypper's package cache stays in the layer.";
    public override string Bad => """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl=8.6.0
        """;
    public override string Good => """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl=8.6.0 && zypper clean -a
        """;
    public override string Fix => "End the `RUN` with `&& zypper clean -a`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingClean(context, ["zypper"],
            c => c.Is("zypper") && c.Subcommand(PackageCommands.ZypperValueOptions) is "clean" or "cc", "/var/cache/zypp");
}
