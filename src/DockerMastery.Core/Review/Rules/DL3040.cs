namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3040 : Rule
{
    public override string Id => "DL3040";
    public override Severity Severity => Severity.Warning;
    public override string Title => "`dnf clean all` missing after dnf command";
    public override string Checks => """
        Fires on `dnf install` (or `microdnf install`) in a stage that ships when the same `RUN`
        does not clean (`dnf clean all`, or removing `/var/cache/dnf`), unless it is a cache mount.
        """;
    public override string Why => "dnf's metadata and package cache stay in the layer.";
    public override string Bad => """
        FROM fedora:41
        RUN dnf install -y nginx-1.26.2
        """;
    public override string Good => """
        FROM fedora:41
        RUN dnf install -y nginx-1.26.2 && dnf clean all
        """;
    public override string Fix => "End the `RUN` with `&& dnf clean all`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingClean(context, ["dnf", "microdnf"], c => RpmRules.IsCleanAll(c, "dnf", "microdnf"), "/var/cache/dnf");
}
