namespace DockerMastery.Core.Review.Rules;

internal sealed class DM006 : Rule
{
    public override string Id => "DM006";
    public override Severity Severity => Severity.Info;
    public override IReadOnlyList<string> Aliases => ["DL3057"];
    public override string Title => "No HEALTHCHECK in the final image";
    public override string Checks => """
        Fires when neither the final stage nor the stages it builds on declare `HEALTHCHECK`.
        `HEALTHCHECK NONE` counts as a decision and keeps it quiet.
        """;
    public override string Why => """
        Without a health check Docker and Compose only know whether the process exists, not
        whether it answers: `depends_on: condition: service_healthy`, Swarm rollouts and
        restarts cannot see a hung service. (Kubernetes ignores HEALTHCHECK and uses probes;
        state `HEALTHCHECK NONE` there.)
        """;
    public override string Bad => """
        FROM nginx:1.27-alpine
        COPY site/ /usr/share/nginx/html/
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        COPY site/ /usr/share/nginx/html/
        HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1/ || exit 1
        """;
    public override string Fix => "Add `HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD <probe>` that exercises the service (an HTTP health route, a binary's own `healthcheck` command on distroless), or `HEALTHCHECK NONE` when the orchestrator probes instead.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var final = context.Document.FinalStage;
        if (final is null || context.ShippedStages.Any(s => s.Instructions.Any(i => i.Keyword == "HEALTHCHECK")))
            yield break;
        yield return ReviewContext.At(final.From, "The final image declares no HEALTHCHECK.");
    }
}
