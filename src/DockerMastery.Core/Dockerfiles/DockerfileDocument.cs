namespace DockerMastery.Core.Dockerfiles;

/// <summary>A parsed Dockerfile: directives, instructions with exact positions, stages,
/// comments and the syntax errors found. The original text is kept.</summary>
public sealed class DockerfileDocument
{
    /// <summary>The text as given (BOM and CRLF included).</summary>
    public required string Text { get; init; }

    /// <summary>The physical lines, without line endings.</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Parser directives at the top of the file.</summary>
    public IReadOnlyList<ParserDirective> Directives { get; init; } = [];

    /// <summary>The escape character: <c>\</c> or, with <c># escape=`</c>, a backquote.</summary>
    public char EscapeCharacter { get; init; } = '\\';

    /// <summary>Every instruction in file order (ONBUILD triggers sit in
    /// <see cref="Instruction.Trigger"/>).</summary>
    public IReadOnlyList<Instruction> Instructions { get; init; } = [];

    /// <summary>The build stages in order.</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    /// <summary>Comment lines (pragmas live here).</summary>
    public IReadOnlyList<DockerfileComment> Comments { get; init; } = [];

    /// <summary>Syntax errors; the document still holds everything that could be read.</summary>
    public IReadOnlyList<ParseError> Errors { get; init; } = [];

    /// <summary>Lines that were empty inside a continuation (BuildKit warns about them).</summary>
    public IReadOnlyList<int> EmptyContinuationLines { get; init; } = [];

    /// <summary>The <c>ARG</c> instructions before the first <c>FROM</c>.</summary>
    public IEnumerable<Instruction> GlobalArgs => Instructions.Where(i => i.StageIndex < 0 && i.Keyword == "ARG");

    /// <summary>The last stage (the image <c>docker build</c> produces without
    /// <c>--target</c>), or null when there is no <c>FROM</c>.</summary>
    public Stage? FinalStage => Stages.Count == 0 ? null : Stages[^1];

    /// <summary>The directive named <paramref name="name"/>, or null.</summary>
    public ParserDirective? Directive(string name) =>
        Directives.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stage named <paramref name="nameOrIndex"/> (case-insensitive) or with that
    /// index, or null.</summary>
    public Stage? FindStage(string nameOrIndex)
    {
        var byName = Stages.FirstOrDefault(s =>
            string.Equals(s.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
            return byName;
        return int.TryParse(nameOrIndex, out var index) && index >= 0 && index < Stages.Count
            ? Stages[index]
            : null;
    }
}
