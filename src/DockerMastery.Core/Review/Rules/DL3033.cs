namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3033 : Rule
{
    public override string Id => "DL3033";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Specify version with `yum install -y <package>-<version>`";
    public override string Checks => "Fires on each package of `yum install` without `-<version>`; groups (`@x`), `.rpm` files and URLs are not judged.";
    public override string Why => "An unpinned package changes with the mirror; builds are not reproducible.";
    public override string Bad => """
        FROM rockylinux:9
        RUN yum install -y httpd && yum clean all
        """;
    public override string Good => """
        FROM rockylinux:9
        RUN yum install -y httpd-2.4.57 && yum clean all
        """;
    public override string Fix => "Write `package-version`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.Unpinned(context, ["yum"], RpmRules.HasRpmVersion);
}
