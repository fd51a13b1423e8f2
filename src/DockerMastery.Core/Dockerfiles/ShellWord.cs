namespace DockerMastery.Core.Dockerfiles;

/// <summary>One word of a shell command, as the shell would split it.</summary>
/// <param name="Raw">The word as written, quotes included.</param>
/// <param name="Value">The word with quotes and escapes removed; expansions stay literal
/// (<c>$HOME</c> stays <c>$HOME</c>).</param>
/// <param name="Offset">Offset of the word in the script text.</param>
/// <param name="IsQuoted">True when any part was quoted or escaped.</param>
/// <param name="HasUnquotedVariable">True when a <c>$VAR</c> or <c>${VAR}</c> sits outside
/// double quotes (word splitting and globbing apply).</param>
/// <param name="HasUnquotedCommandSubstitution">True when a <c>$(...)</c> or backquote sits
/// outside double quotes.</param>
public sealed record ShellWord(
    string Raw, string Value, int Offset, bool IsQuoted, bool HasUnquotedVariable,
    bool HasUnquotedCommandSubstitution)
{
    /// <summary>True for an option word (<c>-y</c>, <c>--yes</c>), not for <c>-</c> alone.</summary>
    public bool IsOption => !IsQuoted && Value.Length > 1 && Value[0] == '-';
}
