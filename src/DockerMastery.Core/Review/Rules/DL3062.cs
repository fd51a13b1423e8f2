namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3062 : Rule
{
    public override string Id => "DL3062";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Pin versions in go install. Instead of `go install <package>` use `go install <package>@<version>`";
    public override string Checks => "Fires on `go install` of a package without `@<version>`, or with `@latest`. Local packages (`.`, `./cmd/x`) are not judged.";
    public override string Why => "Without a version, the module's newest release is built; the tool changes between builds.";
    public override string Bad => """
        FROM golang:1.23 AS tools
        RUN go install github.com/go-delve/delve/cmd/dlv@latest
        """;
    public override string Good => """
        FROM golang:1.23 AS tools
        RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1
        """;
    public override string Fix => "Append `@vX.Y.Z`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => rc.Command.Is("go") && rc.Command.Subcommand() == "install"))
        {
            var unpinned = command.Positionals("-ldflags", "-tags", "-o", "-gcflags", "-mod").Skip(1)
                .Where(p => !PackageCommands.IsDynamic(p) && !p.Value.StartsWith('.') && !p.Value.StartsWith('/') &&
                    (!p.Value.Contains('@', StringComparison.Ordinal) || p.Value.EndsWith("@latest", StringComparison.Ordinal)))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned go install: {string.Join(", ", unpinned)}.");
        }
    }
}
