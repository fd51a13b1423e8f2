namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3006 : Rule
{
    public override string Id => "DL3006";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Always tag the version of an image explicitly";
    public override string Checks => """
        Fires on a `FROM` whose image has neither a tag nor a digest. Stage names, `scratch` and
        images built from unresolved build arguments are not judged.
        """;
    public override string Why => """
        An untagged image means `latest`: the base changes under you between two builds, and
        nobody can say which base a running container was built on.
        """;
    public override string Bad => """
        FROM node
        CMD ["node", "server.js"]
        """;
    public override string Good => """
        FROM node:22.11-bookworm-slim
        CMD ["node", "server.js"]
        """;
    public override string Fix => "Name a tag (`python:3.13-slim`) or, better for production, a digest (`python:3.13-slim@sha256:...`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var image = stage.ResolvedBaseImage;
            if (stage.BaseStage is not null || stage.IsScratch || image.Length == 0 ||
                image.Contains('$', StringComparison.Ordinal))
                continue;
            var name = ImageName.Parse(image);
            if (name.Tag is null && name.Digest is null)
                yield return ReviewContext.At(stage.From, $"'{image}' has no tag: it means 'latest'.");
        }
    }
}
