namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3032 : Rule
{
    public override string Id => "DL3032";
    public override Severity Severity => Severity.Warning;
    public override string Title => "`yum clean all` missing after yum command";
    public override string Checks => """
        Fires on `yum install` in a stage that ships when the same `RUN` does not run
        `yum clean all` (or remove `/var/cache/yum`) afterwards, unless the cache is a cache mount.
        """;
    public override string Why => "yum's metadata and package cache stay in the layer: tens of megabytes nobody uses.";
    public override string Bad => """
        FROM rockylinux:9
        RUN yum install -y httpd-2.4.57
        """;
    public override string Good => """
        FROM rockylinux:9
        RUN yum install -y httpd-2.4.57 && yum clean all
        """;
    public override string Fix => "End the `RUN` with `&& yum clean all`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingClean(context, ["yum"], c => RpmRules.IsCleanAll(c, "yum"), "/var/cache/yum");
}
