namespace DockerMastery.Core.Review.Rules;

internal sealed class ExposeProtoCasing : Rule
{
    public override string Id => "ExposeProtoCasing";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Protocol in EXPOSE instruction should be lowercase";
    public override string Checks => "Fires on `EXPOSE 80/TCP` and other upper-case protocols.";
    public override string Why => "Protocols are matched in lower case; `TCP` relies on tolerance that other tools lack.";
    public override string Bad => """
        FROM nginx:1.27-alpine
        EXPOSE 80/TCP
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        EXPOSE 80/tcp
        """;
    public override string Fix => "Write `tcp` or `udp` in lower case.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("EXPOSE").Where(e => e.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(p => p.Contains('/', StringComparison.Ordinal) && p[(p.IndexOf('/', StringComparison.Ordinal) + 1)..] is var proto && proto.Any(char.IsUpper)))
            .Select(e => ReviewContext.At(e, "EXPOSE protocol should be lower case."));
}
