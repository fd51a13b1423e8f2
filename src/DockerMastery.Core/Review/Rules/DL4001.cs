namespace DockerMastery.Core.Review.Rules;

internal sealed class DL4001 : Rule
{
    public override string Id => "DL4001";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Either use Wget or Curl but not both";
    public override string Checks => "Fires when one stage runs both `wget` and `curl`.";
    public override string Why => "Two download tools in one image is one more package to patch and two sets of flags to get right.";
    public override string Bad => """
        FROM debian:12-slim
        RUN curl -fsSLo /tmp/a https://example.com/a && wget -q -O /tmp/b https://example.com/b
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN curl -fsSLo /tmp/a https://example.com/a && curl -fsSLo /tmp/b https://example.com/b
        """;
    public override string Fix => "Pick one tool for all downloads.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var commands = stage.Instructions.Where(i => i.Script is not null)
                .SelectMany(i => i.Script!.Commands.Select(c => (Run: i, Command: c))).ToArray();
            if (commands.Any(c => c.Command.Is("curl")) && commands.FirstOrDefault(c => c.Command.Is("wget")) is { Run: not null } wget &&
                commands.Any(c => c.Command.Is("curl")))
                yield return ReviewContext.At(wget.Run, wget.Command, "This stage uses both wget and curl.");
        }
    }
}
