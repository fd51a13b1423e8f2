using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3020 : Rule
{
    private static readonly string[] Archives =
        [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz"];

    public override string Id => "DL3020";
    public override Severity Severity => Severity.Error;
    public override string Title => "Use COPY instead of ADD for files and folders";
    public override string Checks => """
        Fires on `ADD` whose sources are local files or folders. `ADD` of a URL, a git
        repository or a local tar archive (which `ADD` unpacks) is left alone.
        """;
    public override string Why => """
        `ADD` does more than copy: it fetches URLs and unpacks archives. Using it for plain files
        hides that behaviour from readers and can unpack a file nobody meant to unpack.
        """;
    public override string Bad => """
        FROM alpine:3.20
        ADD app.conf /etc/app/
        """;
    public override string Good => """
        FROM alpine:3.20
        COPY app.conf /etc/app/
        ADD rootfs.tar.gz /
        """;
    public override string Fix => "Write `COPY` for local files and folders; keep `ADD` only for archives to unpack or remote sources (with `--checksum`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var add in context.Of("ADD").Where(a => a.Heredocs.Count == 0))
        {
            var sources = Sources(add, context.Document.EscapeCharacter);
            if (sources.Count > 0 && sources.All(IsLocalFile))
                yield return ReviewContext.At(add, $"ADD copies local '{string.Join(' ', sources)}'; use COPY.",
                    Replace(add, context));
        }
    }

    internal static IReadOnlyList<string> Sources(Instruction instruction, char escape)
    {
        var words = instruction.JsonArguments ??
            DockerfileParser.SplitWords(instruction.Body, escape).Select(w => w.Value).ToArray();
        return words.Count < 2 ? [] : words.Take(words.Count - 1).ToArray();
    }

    private static bool IsLocalFile(string source) =>
        !source.Contains("://", StringComparison.Ordinal) &&
        !source.StartsWith("git@", StringComparison.Ordinal) &&
        !source.Contains('$', StringComparison.Ordinal) &&
        !Archives.Any(a => source.EndsWith(a, StringComparison.OrdinalIgnoreCase));

    private static TextEdit? Replace(Instruction add, ReviewContext context) =>
        add.Flags.Any(f => f.Name is "checksum" or "keep-git-dir" or "unpack")
            ? null
            : context.KeywordEdit(add, add.KeywordText == "add" ? "copy" : "COPY");
}
