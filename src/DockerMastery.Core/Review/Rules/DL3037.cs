namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3037 : Rule
{
    public override string Id => "DL3037";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Specify version with `zypper install -y <package>[=]<version>`";
    public override string Checks => "Fires on each package of `zypper install` without a version (`=`, `>=`, `<=`, `-<version>`).";
    public override string Why => "An unpinned package changes with the repository; builds are not reproducible.";
    public override string Bad => """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl && zypper clean
        """;
    public override string Good => """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl=8.6.0 && zypper clean
        """;
    public override string Fix => "Write `package=version`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.Unpinned(context, ["zypper"], p => p.IndexOfAny(['=', '<', '>']) >= 0 || RpmRules.HasRpmVersion(p));
}
