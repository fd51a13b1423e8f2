using System.Text.Encodings.Web;
using System.Text.Json;
using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3025 : Rule
{
    private static readonly JsonSerializerOptions Plain =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string Id => "DL3025";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Use arguments JSON notation for CMD and ENTRYPOINT arguments";
    public override IReadOnlyList<string> Aliases => ["JSONArgsRecommended"];
    public override string Checks => """
        Fires on `CMD` and `ENTRYPOINT` in shell form. The shell form runs the command as
        `/bin/sh -c "..."`, so the shell, not the application, is PID 1. BuildKit's check
        `JSONArgsRecommended` is the same rule and answers to this id.
        """;
    public override string Why => """
        `docker stop` sends SIGTERM to PID 1. `sh` does not forward it, so the application never
        hears it, is killed after the grace period, and loses in-flight work.
        """;
    public override string Bad => """
        FROM node:22-alpine
        CMD node server.js
        """;
    public override string Good => """
        FROM node:22-alpine
        CMD ["node", "server.js"]
        """;
    public override string Fix => "Write the exec form: `CMD [\"node\", \"server.js\"]`. If you need shell features, use `exec` in a script or start with an init such as `tini`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => i.Keyword is "CMD" or "ENTRYPOINT"))
        {
            if (instruction.IsJsonForm || instruction.Body.Length == 0)
                continue;
            yield return ReviewContext.At(instruction,
                $"{instruction.Keyword} in shell form runs under /bin/sh, which does not pass on signals.",
                ToJson(instruction, context.Document));
        }
    }

    // Safe only when the command is plain words: no quotes, variables or shell operators.
    private static TextEdit? ToJson(Instruction instruction, DockerfileDocument document)
    {
        if (instruction.Line != instruction.EndLine ||
            instruction.Body.IndexOfAny(['$', '"', '\'', '\\', '&', '|', ';', '<', '>', '*', '?', '`', '(', ')']) >= 0)
            return null;
        var words = instruction.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var json = "[" + string.Join(", ", words.Select(w => JsonSerializer.Serialize(w, Plain))) + "]";
        var line = document.Lines[instruction.Line - 1];
        var end = instruction.Column - 1 + instruction.KeywordText.Length;
        return end > line.Length ? null : new TextEdit(instruction.Line, instruction.Line, line[..end] + " " + json);
    }
}
