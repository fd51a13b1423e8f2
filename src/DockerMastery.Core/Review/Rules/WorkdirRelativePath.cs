namespace DockerMastery.Core.Review.Rules;

internal sealed class WorkdirRelativePath : Rule
{
    public override string Id => "WorkdirRelativePath";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Relative workdir without an absolute workdir declared within the build";
    public override string Checks => "Fires on a relative `WORKDIR` when no absolute `WORKDIR` came before it in the stage (or a stage it builds on). DL3000 is the stricter hadolint rule.";
    public override string Why => "The relative path resolves against the base image's working directory, which can change with the base.";
    public override string Bad => """
        FROM node:22-alpine
        WORKDIR app
        """;
    public override string Good => """
        FROM node:22-alpine
        WORKDIR /srv
        WORKDIR app
        """;
    public override string Fix => "Declare an absolute `WORKDIR` first, or make this one absolute.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var absolute = stage.BaseStage is { } b && context.Document.Stages[b].Instructions
                .Any(i => i.Keyword == "WORKDIR" && DL3000.IsAbsolute(DL3000.Unquote(i.Body)));
            foreach (var workdir in stage.Instructions.Where(i => i.Keyword == "WORKDIR"))
            {
                if (DL3000.IsAbsolute(DL3000.Unquote(workdir.Body)))
                    absolute = true;
                else if (!absolute)
                    yield return ReviewContext.At(workdir, $"WORKDIR '{workdir.Body}' is relative to the base image's directory.");
            }
        }
    }
}
