namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3010 : Rule
{
    private static readonly string[] Archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"];

    public override string Id => "DL3010";
    public override Severity Severity => Severity.Info;
    public override string Title => "Use ADD for extracting archives into an image";
    public override string Checks => """
        Fires on a `COPY` of a local tar archive that a later `RUN` of the same stage unpacks
        with `tar`.
        """;
    public override string Why => """
        Copying and then unpacking keeps the archive in one layer and its contents in another:
        the image carries the data twice. `ADD` unpacks a local tar archive in one step.
        """;
    public override string Bad => """
        FROM debian:12-slim
        COPY rootfs.tar.gz /tmp/
        RUN tar -xzf /tmp/rootfs.tar.gz -C /opt
        """;
    public override string Good => """
        FROM debian:12-slim
        ADD rootfs.tar.gz /opt/
        """;
    public override string Fix => "Replace the `COPY` + `RUN tar -x` pair with `ADD archive.tar.gz /destination/`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            foreach (var copy in stage.Instructions.Where(i => i.Keyword == "COPY" && i.Flag("from") is null))
            {
                var archives = DL3020.Sources(copy, context.Document.EscapeCharacter)
                    .Where(s => Archives.Any(a => s.EndsWith(a, StringComparison.OrdinalIgnoreCase)))
                    .Select(Path.GetFileName).OfType<string>().ToArray();
                if (archives.Length == 0)
                    continue;
                var unpacked = stage.Instructions.Where(i => i.Line > copy.Line && i.Script is not null)
                    .SelectMany(i => i.Script!.Commands)
                    .Any(c => c.Is("tar") && c.Values.Any(v => archives.Any(a => v.EndsWith(a, StringComparison.Ordinal))));
                if (unpacked)
                    yield return ReviewContext.At(copy, $"'{archives[0]}' is copied and then unpacked; ADD does both.");
            }
        }
    }
}
