namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3034 : Rule
{
    public override string Id => "DL3034";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Non-interactive switch missing from `zypper` command: `zypper install -y`";
    public override string Checks => "Fires on `zypper install` without `-y`, `--no-confirm`, `-n` or `--non-interactive`.";
    public override string Why => "zypper asks for confirmation; with no terminal the build aborts.";
    public override string Bad => """
        FROM opensuse/leap:15.6
        RUN zypper install curl=8.6.0 && zypper clean
        """;
    public override string Good => """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl=8.6.0 && zypper clean
        """;
    public override string Fix => "Add `-y` (or the global `-n`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        RpmRules.MissingYes(context, ["zypper"], ["-y", "--no-confirm", "-n", "--non-interactive"]);
}
