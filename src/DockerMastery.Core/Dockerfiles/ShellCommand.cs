namespace DockerMastery.Core.Dockerfiles;

/// <summary>A simple command in a <c>RUN</c> script: assignments, wrappers such as
/// <c>sudo</c> or <c>env</c>, the program and its arguments.</summary>
public sealed class ShellCommand
{
    internal ShellCommand(
        IReadOnlyList<ShellWord> assignments, IReadOnlyList<string> wrappers, ShellWord? name,
        IReadOnlyList<ShellWord> arguments, int depth, bool nested)
    {
        Assignments = assignments;
        Wrappers = wrappers;
        NameWord = name;
        Arguments = arguments;
        Depth = depth;
        Nested = nested;
    }

    /// <summary>Leading <c>NAME=value</c> words.</summary>
    public IReadOnlyList<ShellWord> Assignments { get; }

    /// <summary>Wrapper programs stripped before the real one (<c>sudo</c>, <c>env</c>, ...).</summary>
    public IReadOnlyList<string> Wrappers { get; }

    /// <summary>The program word, or null for a bare assignment.</summary>
    public ShellWord? NameWord { get; }

    /// <summary>The program as written (<c>/usr/bin/apt-get</c>), or empty.</summary>
    public string Name => NameWord?.Value ?? "";

    /// <summary>The program without its directory (<c>apt-get</c>).</summary>
    public string Program => Name.Length == 0 ? "" : Name[(Name.LastIndexOf('/') + 1)..];

    /// <summary>The words after the program.</summary>
    public IReadOnlyList<ShellWord> Arguments { get; }

    /// <summary>Subshell nesting depth (0 at top level).</summary>
    public int Depth { get; }

    /// <summary>True for a command found inside <c>sh -c "..."</c>.</summary>
    public bool Nested { get; }

    /// <summary>The operator that follows the command (<c>&amp;&amp;</c>, <c>||</c>, <c>;</c>,
    /// <c>|</c>, <c>&amp;</c>, a newline), or empty at the end of the script.</summary>
    public string Separator { get; internal set; } = "";

    /// <summary>The operator that precedes the command, or empty at the start.</summary>
    public string PrecededBy { get; internal set; } = "";

    /// <summary>Redirection targets (<c>&gt; file</c>) as written after the operator.</summary>
    public IList<string> Redirections { get; } = [];

    /// <summary>Offset of the command in the script text.</summary>
    public int Offset => Assignments.Count > 0 ? Assignments[0].Offset : NameWord?.Offset ?? 0;

    /// <summary>True when the program is one of <paramref name="programs"/>.</summary>
    public bool Is(params string[] programs) => programs.Contains(Program, StringComparer.Ordinal);

    /// <summary>The argument values.</summary>
    public IEnumerable<string> Values => Arguments.Select(a => a.Value);

    /// <summary>The first argument that is not an option, skipping values of
    /// <paramref name="optionsWithValue"/> (e.g. <c>apt-get -o X install</c>: <c>install</c>).</summary>
    public string? Subcommand(params string[] optionsWithValue) =>
        Positionals(optionsWithValue).Select(w => w.Value).FirstOrDefault();

    /// <summary>True when an option is present: a long option (<c>--yes</c>, also
    /// <c>--yes=x</c>) or a short letter alone or in a cluster (<c>-y</c>, <c>-qy</c>).</summary>
    public bool HasOption(params string[] options)
    {
        foreach (var word in Arguments)
        {
            if (!word.IsOption || word.Value == "--")
                continue;

            foreach (var option in options)
            {
                if (option.StartsWith("--", StringComparison.Ordinal))
                {
                    if (word.Value == option || word.Value.StartsWith(option + "=", StringComparison.Ordinal))
                        return true;
                }
                else if (option.Length == 2 && !word.Value.StartsWith("--", StringComparison.Ordinal))
                {
                    if (ShortCluster(word.Value).Contains(option[1], StringComparison.Ordinal))
                        return true;
                }
                else if (word.Value == option)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The value of an option (<c>--target=x</c>, <c>--target x</c>, <c>-t x</c>), or
    /// null when absent.</summary>
    public string? OptionValue(params string[] options) => OptionValues(options).FirstOrDefault();

    /// <summary>Every value given to the options, in order.</summary>
    public IEnumerable<string> OptionValues(params string[] options)
    {
        for (var i = 0; i < Arguments.Count; i++)
        {
            var value = Arguments[i].Value;
            foreach (var option in options)
            {
                if (value == option && i + 1 < Arguments.Count)
                    yield return Arguments[i + 1].Value;
                else if (value.StartsWith(option + "=", StringComparison.Ordinal))
                    yield return value[(option.Length + 1)..];
            }
        }
    }

    /// <summary>Arguments that are not options, skipping the values of options that take one
    /// (given as <c>-o</c> or <c>--option</c>); everything after <c>--</c> is positional.</summary>
    public IEnumerable<ShellWord> Positionals(params string[] optionsWithValue)
    {
        var afterEnd = false;
        for (var i = 0; i < Arguments.Count; i++)
        {
            var word = Arguments[i];
            if (afterEnd || !word.IsOption)
            {
                yield return word;
                continue;
            }

            if (word.Value == "--")
            {
                afterEnd = true;
                continue;
            }

            if (optionsWithValue.Contains(word.Value, StringComparer.Ordinal))
                i++;
        }
    }

    // The letters of a short-option cluster: "-qO-" gives "qO".
    private static string ShortCluster(string value) =>
        new(value.Skip(1).TakeWhile(char.IsAsciiLetterOrDigit).ToArray());

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(' ', new[] { Name }.Concat(Arguments.Select(a => a.Raw)));
}
