namespace DockerMastery.Core.Review.Rules;

internal sealed class DM007 : Rule
{
    public override string Id => "DM007";
    public override Severity Severity => Severity.Info;
    public override string Title => "VOLUME in the Dockerfile";
    public override string Checks => """
        Fires on every `VOLUME` instruction.
        """;
    public override string Why => """
        `VOLUME` creates an anonymous volume on every `docker run`, which piles up unnamed data
        on hosts, silently discards changes later build steps make to that path, and cannot be
        undone by images built on this one. Where data lives is the deployment's decision.
        """;
    public override string Bad => """
        FROM postgres:17
        VOLUME /var/lib/postgresql/data
        """;
    public override string Good => """
        FROM postgres:17
        # compose.yaml: volumes: [pgdata:/var/lib/postgresql/data]
        """;
    public override string Fix => "Remove `VOLUME`; declare named volumes or bind mounts where the container is run (compose `volumes:`, `docker run -v`, a Kubernetes PersistentVolumeClaim).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("VOLUME").Select(v => ReviewContext.At(v, $"VOLUME {v.Body} creates an anonymous volume on every run."));
}
