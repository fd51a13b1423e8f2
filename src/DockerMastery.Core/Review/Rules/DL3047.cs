namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3047 : Rule
{
    public override string Id => "DL3047";
    public override Severity Severity => Severity.Info;
    public override string Title => "`wget` without flag `--progress` will result in excessively bloated build logs when downloading larger files";
    public override string Checks => "Fires on `wget` without `--progress`, `-q`/`--quiet`, `-nv`/`--no-verbose` or an output log (`-o`).";
    public override string Why => "wget's default progress bar prints thousands of lines in a non-terminal build log.";
    public override string Bad => """
        FROM debian:12-slim
        RUN wget https://example.com/tool.tar.gz
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN wget --progress=dot:giga https://example.com/tool.tar.gz
        """;
    public override string Fix => "Add `--progress=dot:giga` (or `-q`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("wget") &&
                !rc.Command.HasOption("--progress", "-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a", "--append-output"))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "wget prints a progress bar into the build log."));
}
