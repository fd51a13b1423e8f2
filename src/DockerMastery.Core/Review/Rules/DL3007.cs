namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3007 : Rule
{
    public override string Id => "DL3007";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Using latest is prone to errors if the image will ever update";
    public override string Checks => """
        Fires on a `FROM` that names the `latest` tag without a digest.
        """;
    public override string Why => """
        `latest` is whatever was pushed last: rebuilding the same commit can pull a new major
        version and break, and a rollback cannot restore the old base.
        """;
    public override string Bad => """
        FROM nginx:latest
        """;
    public override string Good => """
        FROM nginx:1.27-alpine
        """;
    public override string Fix => "Replace `latest` with a specific version tag, and pin the digest for production builds.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages.Where(s => s.BaseStage is null))
        {
            var name = ImageName.Parse(stage.ResolvedBaseImage);
            if (name.Digest is null && string.Equals(name.Tag, "latest", StringComparison.Ordinal))
                yield return ReviewContext.At(stage.From, $"'{stage.ResolvedBaseImage}' uses the latest tag.");
        }
    }
}
