namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3002 : Rule
{
    public override string Id => "DL3002";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Last USER should not be root";
    public override string Checks => """
        Fires when the last `USER` of the final stage is `root` or UID `0` (with or without a
        group). Earlier stages may switch to root freely; only what the image runs as counts.
        """;
    public override string Why => """
        A process running as root inside the container is root on the host's kernel: one escape
        or a writable host mount turns an application bug into a host compromise.
        """;
    public override string Bad => """
        FROM debian:12-slim
        RUN useradd --uid 10001 app
        USER root
        CMD ["/usr/local/bin/app"]
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN useradd --uid 10001 app
        USER 10001
        CMD ["/usr/local/bin/app"]
        """;
    public override string Fix => "End the final stage with `USER <non-root uid>` (e.g. `USER 10001:10001`); switch to root only for the steps that need it.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var last = context.Document.FinalStage?.Instructions.LastOrDefault(i => i.Keyword == "USER");
        if (last is not null && UserIdentity.IsRoot(last.Body))
            yield return ReviewContext.At(last, $"The image runs as '{last.Body}'.");
    }
}
