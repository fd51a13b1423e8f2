namespace DockerMastery.Core.Review.Rules;

internal sealed class DM013 : Rule
{
    public override string Id => "DM013";
    public override Severity Severity => Severity.Warning;
    public override string Title => "World-writable permissions";
    public override string Checks => "Fires on `chmod` that gives everyone write access (`777`, `666`, `o+w`, `a+w`) and on `COPY`/`ADD --chmod` with such a mode.";
    public override string Why => "Any process in the container, whatever its user, can then change the files: a foothold rewrites the application or its configuration.";
    public override string Bad => """
        FROM alpine:3.20
        RUN chmod -R 777 /app
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN chown -R 10001:10001 /app/data && chmod -R 750 /app/data
        """;
    public override string Fix => "Grant write access to the owning user (and group) only: `chown` to the runtime UID and `chmod 750`/`640`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => rc.Command.Is("chmod") &&
            rc.Command.Positionals().Any(p => IsWorldWritable(p.Value))))
            yield return ReviewContext.At(run, command, "chmod makes files writable by every user.");
        foreach (var copy in context.Instructions.Where(i => i.Keyword is "COPY" or "ADD" && i.Flag("chmod")?.Value is { } mode && IsWorldWritable(mode)))
            yield return ReviewContext.At(copy, $"--chmod={copy.Flag("chmod")!.Value} makes files writable by every user.");
    }

    private static bool IsWorldWritable(string mode)
    {
        if (mode.Length is 3 or 4 && mode.All(c => c is >= '0' and <= '7'))
            return ((mode[^1] - '0') & 2) != 0;
        return mode.Split(',').Any(part => (part.StartsWith("o+", StringComparison.Ordinal) || part.StartsWith("a+", StringComparison.Ordinal) ||
            part.StartsWith('+')) && part.Contains('w', StringComparison.Ordinal));
    }
}
