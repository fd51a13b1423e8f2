namespace DockerMastery.Core.Dockerfiles;

/// <summary>A POSIX shell script (a <c>RUN</c> body) read into simple commands, in order.</summary>
public sealed class ShellScript
{
    private readonly SourceMap? map;

    internal ShellScript(string text, IReadOnlyList<ShellCommand> commands, SourceMap? map)
    {
        Text = text;
        Commands = commands;
        this.map = map;
    }

    /// <summary>The script text as the shell sees it.</summary>
    public string Text { get; }

    /// <summary>Every simple command, including those inside subshells and <c>sh -c</c>.</summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>The Dockerfile position of an offset in <see cref="Text"/>, when the script
    /// came from a Dockerfile.</summary>
    public SourcePosition? Locate(int offset) => map?.Locate(offset);

    /// <summary>The commands running <paramref name="program"/>.</summary>
    public IEnumerable<ShellCommand> Find(params string[] program) =>
        Commands.Where(c => c.Is(program));
}
