namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3015 : Rule
{
    public override string Id => "DL3015";
    public override Severity Severity => Severity.Info;
    public override string Title => "Avoid additional packages by specifying --no-install-recommends";
    public override string Checks => """
        Fires on `apt-get install` without `--no-install-recommends` and without the equivalent
        `-o APT::Install-Recommends=false` (or `=0`).
        """;
    public override string Why => """
        By default apt also installs every recommended package: often hundreds of megabytes of
        documentation, X libraries and tools the application never calls, each one more thing
        to patch.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Add `--no-install-recommends` to `apt-get install`, and name the few recommended packages you really need.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => PackageCommands.IsAptInstall(rc.Command) &&
                !rc.Command.HasOption("--no-install-recommends") &&
                !rc.Command.OptionValues("-o", "--option").Any(IsNoRecommends))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "apt-get install pulls in recommended packages."));

    private static bool IsNoRecommends(string option) =>
        option.StartsWith("APT::Install-Recommends=", StringComparison.OrdinalIgnoreCase) &&
        option[(option.IndexOf('=', StringComparison.Ordinal) + 1)..].ToLowerInvariant() is "false" or "0" or "no";
}
