namespace DockerMastery.Core.Review.Rules;

internal sealed class ExposeInvalidFormat : Rule
{
    public override string Id => "ExposeInvalidFormat";
    public override Severity Severity => Severity.Warning;
    public override string Title => "IP address and host-port mapping should not be used in EXPOSE instruction";
    public override string Checks => "Fires on `EXPOSE` entries with an IP address or a host port (`8080:80`, `127.0.0.1:80:80`).";
    public override string Why => "`EXPOSE` documents the container port only; publishing to a host port is decided at run time, and the builder drops the extra parts.";
    public override string Bad => """
        FROM nginx:1.27-alpine
        EXPOSE 8080:80
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        EXPOSE 80
        """;
    public override string Fix => "Expose only the container port; map host ports with `docker run -p` or compose `ports:`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("EXPOSE").Where(e => e.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(p => p.Contains(':', StringComparison.Ordinal) && !p.Contains('$', StringComparison.Ordinal)))
            .Select(e => ReviewContext.At(e, "EXPOSE carries a host part."));
}
