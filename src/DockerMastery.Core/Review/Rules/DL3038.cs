namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3038 : Rule
{
    public override string Id => "DL3038";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use the -y switch to avoid manual input `dnf install -y <package>`";
    public override string Checks => "Fires on `dnf install` (or `microdnf install`) without `-y` or `--assumeyes`.";
    public override string Why => "dnf asks for confirmation; with no terminal the build aborts.";
    public override string Bad => """
        FROM fedora:41
        RUN dnf install nginx-1.26.2 && dnf clean all
        """;
    public override string Good => """
        FROM fedora:41
        RUN dnf install -y nginx-1.26.2 && dnf clean all
        """;
    public override string Fix => "Add `-y`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingYes(context, ["dnf", "microdnf"], ["-y", "--assumeyes"]);
}
