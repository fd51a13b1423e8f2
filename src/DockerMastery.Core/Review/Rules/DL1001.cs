namespace DockerMastery.Core.Review.Rules;

internal sealed class DL1001 : Rule
{
    public override string Id => "DL1001";
    public override Severity Severity => Severity.Info;
    public override bool EnabledByDefault => false;
    public override string Title => "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`";
    public override string Checks => """
        Off by default, as in hadolint; give it a severity under `override:` to turn it on. Fires
        on every `# hadolint ignore=` (or `# docker-mastery ignore=`) comment, so that all
        exceptions live in the reviewed configuration file instead.
        """;
    public override string Why => """
        Inline suppressions spread exceptions across files where nobody reviews them together;
        teams that want one audited list of exceptions enforce that with this rule.
        """;
    public override string Bad => """
        FROM debian:12-slim
        # hadolint ignore=DL3008
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        """;
    public override string Fix => "Move the exception into `.hadolint.yaml` (`ignored:` or `override:`) and delete the comment.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Document.Comments.Where(c => Pragmas.Read(c.Text).Ids is not null && !Pragmas.Read(c.Text).Global)
            .Select(c => new RuleHit(c.Line, 1, $"Inline ignore pragma: '# {c.Text}'."));
}
