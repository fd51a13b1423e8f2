namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3030 : Rule
{
    public override string Id => "DL3030";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use the -y switch to avoid manual input `yum install -y <package>`";
    public override string Checks => "Fires on `yum install` without `-y` or `--assumeyes`.";
    public override string Why => "yum asks for confirmation; with no terminal the build aborts.";
    public override string Bad => """
        FROM rockylinux:9
        RUN yum install httpd-2.4.57 && yum clean all
        """;
    public override string Good => """
        FROM rockylinux:9
        RUN yum install -y httpd-2.4.57 && yum clean all
        """;
    public override string Fix => "Add `-y`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingYes(context, ["yum"], ["-y", "--assumeyes"]);
}
