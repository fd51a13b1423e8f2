namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3003 : Rule
{
    public override string Id => "DL3003";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use WORKDIR to switch to a directory";
    public override string Checks => """
        Fires on `cd` at the top level of a `RUN`. A `cd` inside a subshell (`(cd dir && make)`)
        is scoped on purpose and is not flagged.
        """;
    public override string Why => """
        A `cd` lasts for one `RUN`; the next instruction starts in the old directory again,
        which is easy to forget and makes paths in later steps wrong.
        """;
    public override string Bad => """
        FROM golang:1.23 AS build
        RUN cd /src && go build -o /out/app .
        """;
    public override string Good => """
        FROM golang:1.23 AS build
        WORKDIR /src
        RUN go build -o /out/app .
        """;
    public override string Fix => "Set the directory with `WORKDIR /path` before the `RUN`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Commands.Where(rc => rc.Command.Is("cd") && rc.Command.Depth == 0 && !rc.Command.Nested)
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, "cd changes the directory for this RUN only."));
}
