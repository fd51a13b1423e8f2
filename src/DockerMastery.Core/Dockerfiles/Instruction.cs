namespace DockerMastery.Core.Dockerfiles;

/// <summary>One Dockerfile instruction with its exact position, original text, flags, form
/// (JSON exec form or shell form), here-documents and, for <c>RUN</c>, the shell script read
/// into commands.</summary>
public sealed class Instruction
{
    internal SourceMap Map { get; init; } = new();

    /// <summary>The keyword in upper case (<c>RUN</c>, <c>FROM</c>, ...).</summary>
    public required string Keyword { get; init; }

    /// <summary>The keyword as written (<c>run</c>, <c>Run</c>, ...).</summary>
    public required string KeywordText { get; init; }

    /// <summary>1-based line of the keyword.</summary>
    public required int Line { get; init; }

    /// <summary>1-based column of the keyword.</summary>
    public required int Column { get; init; }

    /// <summary>1-based last line, continuation lines and here-documents included.</summary>
    public required int EndLine { get; init; }

    /// <summary>The physical lines of the instruction exactly as written.</summary>
    public required string Original { get; init; }

    /// <summary>Everything after the keyword, continuation lines joined, flags included.</summary>
    public required string Arguments { get; init; }

    /// <summary>The flags before the arguments (<c>--from</c>, <c>--mount</c>, ...).</summary>
    public IReadOnlyList<InstructionFlag> Flags { get; init; } = [];

    /// <summary>The arguments after the flags.</summary>
    public required string Body { get; init; }

    internal int BodyOffset { get; init; }

    /// <summary>True for the JSON exec form (<c>["cmd", "arg"]</c>).</summary>
    public bool IsJsonForm => JsonArguments is not null;

    /// <summary>The exec-form arguments, or null in shell form.</summary>
    public IReadOnlyList<string>? JsonArguments { get; init; }

    /// <summary>The here-documents, in order.</summary>
    public IReadOnlyList<Heredoc> Heredocs { get; init; } = [];

    /// <summary>The <c>key=value</c> pairs of <c>ENV</c>, <c>LABEL</c> and <c>ARG</c>.</summary>
    public IReadOnlyList<KeyValue> Pairs { get; init; } = [];

    /// <summary>The instruction an <c>ONBUILD</c> registers, or null.</summary>
    public Instruction? Trigger { get; init; }

    /// <summary>Index of the stage this instruction belongs to; -1 before the first FROM.</summary>
    public int StageIndex { get; init; } = -1;

    /// <summary>The shell in effect (<c>["/bin/sh", "-c"]</c> unless a <c>SHELL</c> changed it).</summary>
    public IReadOnlyList<string> Shell { get; init; } = ["/bin/sh", "-c"];

    /// <summary>For <c>RUN</c> with a POSIX shell: the commands it runs (here-documents and
    /// <c>sh -c</c> included). Null for other instructions and for PowerShell or cmd.</summary>
    public ShellScript? Script { get; init; }

    /// <summary>The flag named <paramref name="name"/> (without dashes), or null.</summary>
    public InstructionFlag? Flag(string name) =>
        Flags.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>All flags named <paramref name="name"/> (e.g. several <c>--mount</c>).</summary>
    public IEnumerable<InstructionFlag> FlagsNamed(string name) =>
        Flags.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The position of an offset in <see cref="Body"/>.</summary>
    public SourcePosition LocateInBody(int offset) => Map.Locate(BodyOffset + offset);

    /// <inheritdoc />
    public override string ToString() => $"{Line}: {KeywordText} {Arguments}";
}
