namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3041 : Rule
{
    public override string Id => "DL3041";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Specify version with `dnf install -y <package>-<version>`";
    public override string Checks => "Fires on each package of `dnf install` (or `microdnf install`) without `-<version>`; groups, modules (`name:stream`), `.rpm` files and URLs are not judged.";
    public override string Why => "An unpinned package changes with the mirror; builds are not reproducible.";
    public override string Bad => """
        FROM fedora:41
        RUN dnf install -y nginx && dnf clean all
        """;
    public override string Good => """
        FROM fedora:41
        RUN dnf install -y nginx-1.26.2 && dnf clean all
        """;
    public override string Fix => "Write `package-version`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.Unpinned(context, ["dnf", "microdnf"], p => RpmRules.HasRpmVersion(p) || p.Contains(':', StringComparison.Ordinal));
}
