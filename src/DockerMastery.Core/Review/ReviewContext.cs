using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review;

/// <summary>What a rule sees: the parsed Dockerfile, the caller's options and the questions
/// many rules ask (which stages ship, where a shell command sits).</summary>
public sealed class ReviewContext
{
    private readonly HashSet<int> shipped;

    /// <summary>Builds the context for <paramref name="document"/>.</summary>
    public ReviewContext(DockerfileDocument document, ReviewOptions options)
    {
        Document = document;
        Options = options;
        shipped = [];
        for (var stage = document.FinalStage; stage is not null && shipped.Add(stage.Index);)
            stage = stage.BaseStage is { } index ? document.Stages[index] : null;
    }

    /// <summary>The parsed Dockerfile.</summary>
    public DockerfileDocument Document { get; }

    /// <summary>The caller's options.</summary>
    public ReviewOptions Options { get; }

    /// <summary>Every instruction in a stage, ONBUILD triggers excluded.</summary>
    public IEnumerable<Instruction> Instructions => Document.Instructions;

    /// <summary>Instructions with this keyword, including the ones an <c>ONBUILD</c> registers
    /// (they run in every image built on this one, so the same rules apply to them).</summary>
    public IEnumerable<Instruction> Of(string keyword) =>
        Document.Instructions.Select(i => i.Trigger ?? i).Where(i => i.Keyword == keyword);

    /// <summary>True when the stage's files end up in the final image (the final stage and the
    /// stages it is built <c>FROM</c>).</summary>
    public bool Ships(int stageIndex) => shipped.Contains(stageIndex);

    /// <summary>The stages whose layers are the final image, final stage first.</summary>
    public IEnumerable<Stage> ShippedStages =>
        Document.Stages.Where(s => shipped.Contains(s.Index)).OrderByDescending(s => s.Index);

    /// <summary>The stage of an instruction, or null before the first FROM.</summary>
    public Stage? StageOf(Instruction instruction) =>
        instruction.StageIndex >= 0 && instruction.StageIndex < Document.Stages.Count
            ? Document.Stages[instruction.StageIndex]
            : null;

    /// <summary>Every shell command of every <c>RUN</c> with a POSIX shell, with its instruction.</summary>
    public IEnumerable<(Instruction Run, ShellCommand Command)> Commands =>
        Of("RUN").Where(r => r.Script is not null)
            .SelectMany(r => r.Script!.Commands.Select(c => (r, c)));

    /// <summary>A hit at the place of a shell command.</summary>
    public static RuleHit At(Instruction run, ShellCommand command, string? message = null)
    {
        var position = run.Script?.Locate(command.Offset) ?? new SourcePosition(run.Line, run.Column);
        return new RuleHit(position.Line, position.Column, message);
    }

    /// <summary>A hit at an instruction's keyword.</summary>
    public static RuleHit At(Instruction instruction, string? message = null, TextEdit? edit = null) =>
        new(instruction.Line, instruction.Column, message, edit);

    /// <summary>An edit replacing the keyword of <paramref name="instruction"/> with
    /// <paramref name="keyword"/>, or null when the keyword is not plainly on its first line
    /// (split by a continuation).</summary>
    public TextEdit? KeywordEdit(Instruction instruction, string keyword)
    {
        var line = Document.Lines[instruction.Line - 1];
        var start = instruction.Column - 1;
        var length = instruction.KeywordText.Length;
        if (start + length > line.Length || string.CompareOrdinal(line, start, instruction.KeywordText, 0, length) != 0)
            return null;
        return new TextEdit(instruction.Line, instruction.Line, line[..start] + keyword + line[(start + length)..]);
    }

    /// <summary>The <c>ENV</c> values visible in a stage (its base stages included).</summary>
    public IReadOnlyDictionary<string, string?> EnvironmentOf(Stage stage)
    {
        var chain = new List<Stage>();
        for (Stage? current = stage; current is not null && !chain.Contains(current);)
        {
            chain.Insert(0, current);
            current = current.BaseStage is { } index ? Document.Stages[index] : null;
        }

        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var pair in chain.SelectMany(s => s.Instructions).Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Pairs))
            env[pair.Key] = pair.Value;
        return env;
    }

    /// <summary>The <c>--mount</c> targets of a <c>RUN</c> whose type is cache or tmpfs.</summary>
    public static IEnumerable<string> CacheMountTargets(Instruction run) =>
        run.FlagsNamed("mount").Select(f => MountOptions(f.Value ?? ""))
            .Where(m => m.GetValueOrDefault("type") is "cache" or "tmpfs")
            .Select(m => m.GetValueOrDefault("target") ?? m.GetValueOrDefault("dst") ??
                m.GetValueOrDefault("destination") ?? "")
            .Where(t => t.Length > 0)
            .Select(t => t.Trim('"', '\'').TrimEnd('/'));

    /// <summary>The <c>key=value</c> options of a <c>--mount</c> flag.</summary>
    public static Dictionary<string, string> MountOptions(string value)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
                options[part.Trim()] = "true";
            else
                options[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return options;
    }
}
