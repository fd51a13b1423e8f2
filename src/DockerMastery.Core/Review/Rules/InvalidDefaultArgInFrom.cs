namespace DockerMastery.Core.Review.Rules;

internal sealed class InvalidDefaultArgInFrom : Rule
{
    public override string Id => "InvalidDefaultArgInFrom";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Default value for global ARG results in an empty or invalid base image name";
    public override string Checks => "Fires on a `FROM` whose image, expanded with the global `ARG` defaults, is empty or not a valid image reference.";
    public override string Why => "Without `--build-arg` the build fails on an image name like `python:-slim`; a good default makes the file build as-is.";
    public override string Bad => """
        ARG TAG
        FROM python:${TAG}
        """;
    public override string Good => """
        ARG TAG=3.13-slim
        FROM python:${TAG}
        """;
    public override string Fix => "Give the global `ARG` a default that makes a valid image reference.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var defaults = context.Document.GlobalArgs.SelectMany(a => a.Pairs)
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        foreach (var stage in context.Document.Stages.Where(s => s.BaseImage.Contains('$', StringComparison.Ordinal)))
        {
            var used = Dockerfiles.VariableExpander.References(stage.BaseImage).ToArray();
            if (used.Any(u => !defaults.ContainsKey(u)))
                continue;
            var expanded = Dockerfiles.VariableExpander.Expand(stage.BaseImage, defaults);
            if (expanded != "scratch" && context.Document.FindStage(expanded) is null && !Catalog.ImageReference.IsValid(expanded))
                yield return ReviewContext.At(stage.From, $"With the ARG defaults the base image is '{expanded}', which is not valid.");
        }
    }
}
