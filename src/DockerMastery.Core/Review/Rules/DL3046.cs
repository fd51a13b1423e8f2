namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3046 : Rule
{
    public override string Id => "DL3046";
    public override Severity Severity => Severity.Warning;
    public override string Title => "`useradd` without flag `-l` and high UID will result in excessively large Image";
    public override string Checks => "Fires on `useradd` with a UID of six or more digits and without `-l` (`--no-log-init`).";
    public override string Why => """
        useradd writes the faillog and lastlog databases as sparse files indexed by UID; in an
        image layer they are stored in full, gigabytes for a large UID.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN useradd -u 1000000 app
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN useradd -l -u 1000000 app
        """;
    public override string Fix => "Add `-l` (`--no-log-init`) or use a UID below 100000.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("useradd") && !rc.Command.HasOption("-l", "--no-log-init") &&
                rc.Command.OptionValue("-u", "--uid") is { Length: > 5 } uid && uid.All(char.IsAsciiDigit))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "useradd with a high UID and no -l bloats the image."));
}
