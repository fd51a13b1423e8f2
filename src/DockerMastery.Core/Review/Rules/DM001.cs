namespace DockerMastery.Core.Review.Rules;

internal sealed class DM001 : Rule
{
    public override string Id => "DM001";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["DL3063"];
    public override string Title => "The image runs as root: no USER in the final stage";
    public override string Checks => """
        Fires when neither the final stage nor the stages it builds on set a `USER`, and the base
        image does not already run as a non-root user (distroless `:nonroot` tags, Chainguard
        images). hadolint's DL3002 only sees an explicit `USER root`; this is the common case of
        never switching at all.
        """;
    public override string Why => """
        Without `USER` the container runs as UID 0. Running as root is the first item of every
        container hardening guide (CIS Docker Benchmark 4.1) and what turns most container
        escapes into host compromises.
        """;
    public override string Bad => """
        FROM python:3.13-slim
        COPY app.py /app/
        CMD ["python", "/app/app.py"]
        """;
    public override string Good => """
        FROM python:3.13-slim
        RUN useradd --uid 10001 --no-create-home app
        COPY app.py /app/
        USER 10001
        CMD ["python", "/app/app.py"]
        """;
    public override string Fix => "Create a user with a fixed numeric UID and end the final stage with `USER <uid>`, or build on a non-root base (distroless `:nonroot`, UID 65532).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var final = context.Document.FinalStage;
        if (final is null)
            yield break;
        foreach (var stage in context.ShippedStages)
        {
            if (stage.Instructions.Any(i => i.Keyword == "USER"))
                yield break;
            if (stage.BaseStage is null && UserIdentity.BaseRunsAsNonRoot(stage.ResolvedBaseImage))
                yield break;
        }

        yield return ReviewContext.At(final.From,
            $"The final stage (from '{final.BaseImage}') never sets USER, so the container runs as root.");
    }
}
