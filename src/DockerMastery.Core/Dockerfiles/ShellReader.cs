using System.Text;

namespace DockerMastery.Core.Dockerfiles;

/// <summary>Reads POSIX shell text into commands: quotes, escapes, <c>&amp;&amp;</c>,
/// <c>||</c>, <c>;</c>, pipes, subshells, redirections, here-documents, assignments, wrappers
/// (<c>sudo</c>, <c>env</c>, ...) and <c>sh -c "..."</c>. It never throws: malformed text
/// (an unclosed quote) is read as far as it goes.</summary>
public static class ShellReader
{
    private static readonly HashSet<string> Separators =
        ["&&", "||", ";", ";;", "|", "|&", "&", "\n"];

    private static readonly HashSet<string> LeadingKeywords =
        ["if", "then", "elif", "else", "do", "while", "until", "!", "{", "}", "fi", "done", "esac"];

    private static readonly HashSet<string> Shells = ["sh", "bash", "dash", "ash", "zsh", "ksh"];

    // Longest first, so that "&&" wins over "&".
    private static readonly string[] Operators =
    [
        "&&", "||", ";;", "|&", "&>>", "&>", ">>", "<<<", "<<-", "<<", ">&", "<&", ">|", "<>",
        "|", ";", "&", "(", ")", ">", "<",
    ];

    /// <summary>Reads <paramref name="text"/> as a shell script.</summary>
    public static ShellScript Read(string text) => Read(text ?? "", null);

    internal static ShellScript Read(string text, SourceMap? map)
    {
        var commands = new List<ShellCommand>();
        Collect(text, 0, nested: false, depth: 0, commands);
        return new ShellScript(text, commands, map);
    }

    private static void Collect(string text, int baseOffset, bool nested, int depth, List<ShellCommand> into)
    {
        var tokens = Tokenize(text, baseOffset);
        var words = new List<ShellWord>();
        var redirections = new List<string>();
        var previous = "";

        void Finish(string separator)
        {
            if (words.Count > 0)
            {
                foreach (var command in Build(words, depth, nested))
                {
                    command.PrecededBy = previous;
                    command.Separator = separator;
                    foreach (var redirection in redirections)
                        command.Redirections.Add(redirection);
                    into.Add(command);
                    ExpandInnerShell(command, into, depth);
                }
            }

            words.Clear();
            redirections.Clear();
            previous = separator;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Word is { } word)
            {
                if (words.Count == 0 && LeadingKeywords.Contains(word.Raw))
                    continue;
                words.Add(word);
                continue;
            }

            switch (token.Operator)
            {
                case "(":
                    Finish(previous);
                    depth++;
                    break;
                case ")":
                    Finish(";");
                    depth = Math.Max(0, depth - 1);
                    break;
                case { } op when Separators.Contains(op):
                    Finish(op);
                    break;
                default:
                    if (i + 1 < tokens.Count && tokens[i + 1].Word is { } target)
                    {
                        redirections.Add(target.Value);
                        i++;
                    }

                    break;
            }
        }

        Finish("");
    }

    private static void ExpandInnerShell(ShellCommand command, List<ShellCommand> into, int depth)
    {
        if (!command.Is([.. Shells]))
            return;

        for (var i = 0; i < command.Arguments.Count - 1; i++)
        {
            var argument = command.Arguments[i];
            if (argument.IsOption && argument.Value.Contains('c', StringComparison.Ordinal) &&
                !argument.Value.StartsWith("--", StringComparison.Ordinal))
            {
                var script = command.Arguments[i + 1];
                var start = script.Offset + (script.Raw.Length > 0 && script.Raw[0] is '"' or '\'' ? 1 : 0);
                Collect(script.Value, start, nested: true, depth, into);
                return;
            }
        }
    }

    private static IEnumerable<ShellCommand> Build(List<ShellWord> words, int depth, bool nested)
    {
        var index = 0;
        var assignments = new List<ShellWord>();
        while (index < words.Count && IsAssignment(words[index]))
            assignments.Add(words[index++]);

        var wrappers = new List<string>();
        while (index < words.Count)
        {
            var skipped = SkipWrapper(words, index);
            if (skipped == index)
                break;
            wrappers.Add(words[index].Value[(words[index].Value.LastIndexOf('/') + 1)..]);
            index = skipped;
        }

        var name = index < words.Count ? words[index] : null;
        var arguments = index + 1 <= words.Count ? words.Skip(index + 1).ToArray() : [];
        yield return new ShellCommand(assignments, wrappers, name, arguments, depth, nested);
    }

    private static bool IsAssignment(ShellWord word)
    {
        var equals = word.Raw.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
            return false;
        var name = word.Raw[..equals];
        return (char.IsAsciiLetter(name[0]) || name[0] == '_') &&
            name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    // Returns the index of the first word after a wrapper and its options, or index itself.
    private static int SkipWrapper(List<ShellWord> words, int index)
    {
        var program = words[index].Value[(words[index].Value.LastIndexOf('/') + 1)..];
        string[] withValue = program switch
        {
            "sudo" or "doas" => ["-u", "-g", "-C", "-h", "-p", "-r", "-t", "-U", "-D"],
            "env" => ["-u", "-C", "-S"],
            "nice" => ["-n"],
            "timeout" => ["-s", "-k"],
            "stdbuf" => ["-i", "-o", "-e"],
            "exec" => ["-a"],
            "time" or "nohup" or "command" or "builtin" => [],
            _ => ["?"],
        };
        if (withValue is ["?"])
            return index;

        var i = index + 1;
        while (i < words.Count && (words[i].IsOption || (program == "env" && IsAssignment(words[i]))))
        {
            if (withValue.Contains(words[i].Value, StringComparer.Ordinal))
                i++;
            i++;
        }

        // timeout takes a duration before the command.
        if (program == "timeout" && i < words.Count)
            i++;
        return i;
    }

    private readonly record struct Token(ShellWord? Word, string? Operator);

    private static List<Token> Tokenize(string text, int baseOffset)
    {
        var tokens = new List<Token>();
        var pendingHeredocs = new List<(string Delimiter, bool StripTabs)>();
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' or '\r')
            {
                pos++;
                continue;
            }

            if (c == '\\' && pos + 1 < text.Length && text[pos + 1] == '\n')
            {
                pos += 2;
                continue;
            }

            if (c == '#')
            {
                while (pos < text.Length && text[pos] != '\n')
                    pos++;
                continue;
            }

            if (c == '\n')
            {
                tokens.Add(new Token(null, "\n"));
                pos++;
                if (pendingHeredocs.Count > 0)
                {
                    pos = SkipHeredocBodies(text, pos, pendingHeredocs);
                    pendingHeredocs.Clear();
                }

                continue;
            }

            var op = ReadOperator(text, pos);
            if (op is not null)
            {
                tokens.Add(new Token(null, op));
                pos += op.Length;
                if (op is "<<" or "<<-")
                {
                    var (word, next) = ReadWord(text, SkipBlanks(text, pos), baseOffset);
                    if (word is not null)
                    {
                        pendingHeredocs.Add((word.Value, op == "<<-"));
                        tokens.Add(new Token(word, null));
                    }

                    pos = Math.Max(next, pos);
                }

                continue;
            }

            var (read, end) = ReadWord(text, pos, baseOffset);
            if (read is not null)
                tokens.Add(new Token(read, null));
            pos = Math.Max(end, pos + 1);
        }

        return tokens;
    }

    private static int SkipBlanks(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
            pos++;
        return pos;
    }

    private static int SkipHeredocBodies(string text, int pos, List<(string Delimiter, bool StripTabs)> heredocs)
    {
        foreach (var (delimiter, stripTabs) in heredocs)
        {
            while (pos < text.Length)
            {
                var end = text.IndexOf('\n', pos);
                var line = end < 0 ? text[pos..] : text[pos..end];
                pos = end < 0 ? text.Length : end + 1;
                if ((stripTabs ? line.TrimStart('\t') : line).TrimEnd('\r') == delimiter)
                    break;
            }
        }

        return pos;
    }

    private static string? ReadOperator(string text, int pos)
    {
        if (text[pos] is not ('&' or '|' or ';' or '(' or ')' or '<' or '>') && !char.IsAsciiDigit(text[pos]))
            return null;
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(text, pos, op, 0, op.Length) == 0)
                return op;
        }

        // A file descriptor number right before a redirection (2>&1, 2>/dev/null).
        if (char.IsAsciiDigit(text[pos]) && pos + 1 < text.Length && text[pos + 1] is '>' or '<' &&
            (pos == 0 || text[pos - 1] is ' ' or '\t' or '\n' or ';' or '&' or '|'))
        {
            var rest = ReadOperator(text, pos + 1);
            return rest is null ? null : text[pos] + rest;
        }

        return null;
    }

    private static (ShellWord? Word, int End) ReadWord(string text, int pos, int baseOffset)
    {
        var start = pos;
        var value = new StringBuilder();
        var quoted = false;
        var unquotedVariable = false;
        var unquotedSubstitution = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' or '\n' or '\r' or ';' or '&' or '|' or '<' or '>' or '(' or ')')
                break;

            switch (c)
            {
                case '\\':
                    quoted = true;
                    if (pos + 1 < text.Length && text[pos + 1] == '\n')
                    {
                        pos += 2;
                        continue;
                    }

                    if (pos + 1 < text.Length)
                        value.Append(text[pos + 1]);
                    pos += 2;
                    continue;
                case '\'':
                {
                    quoted = true;
                    var close = text.IndexOf('\'', pos + 1);
                    var end = close < 0 ? text.Length : close;
                    value.Append(text, pos + 1, end - pos - 1);
                    pos = end + 1;
                    continue;
                }

                case '"':
                    quoted = true;
                    pos = ReadDoubleQuoted(text, pos + 1, value);
                    continue;
                case '$':
                {
                    var end = ReadExpansion(text, pos, out var isSubstitution);
                    if (end > pos + 1)
                    {
                        unquotedSubstitution |= isSubstitution;
                        unquotedVariable |= !isSubstitution && text[pos + 1] is not ('?' or '#' or '$' or '!' or '-' or '(');
                    }

                    value.Append(text, pos, end - pos);
                    pos = end;
                    continue;
                }

                case '`':
                {
                    var end = CloseBackquote(text, pos + 1);
                    unquotedSubstitution = true;
                    value.Append(text, pos, end - pos);
                    pos = end;
                    continue;
                }

                default:
                    value.Append(c);
                    pos++;
                    continue;
            }
        }

        if (pos == start)
            return (null, pos);

        var raw = text[start..Math.Min(pos, text.Length)];
        return (new ShellWord(raw, value.ToString(), baseOffset + start, quoted, unquotedVariable,
            unquotedSubstitution), pos);
    }

    private static int ReadDoubleQuoted(string text, int pos, StringBuilder value)
    {
        while (pos < text.Length && text[pos] != '"')
        {
            var c = text[pos];
            if (c == '\\' && pos + 1 < text.Length && text[pos + 1] is '$' or '`' or '"' or '\\' or '\n')
            {
                if (text[pos + 1] != '\n')
                    value.Append(text[pos + 1]);
                pos += 2;
                continue;
            }

            if (c == '$')
            {
                var end = ReadExpansion(text, pos, out _);
                value.Append(text, pos, end - pos);
                pos = end;
                continue;
            }

            if (c == '`')
            {
                var end = CloseBackquote(text, pos + 1);
                value.Append(text, pos, end - pos);
                pos = end;
                continue;
            }

            value.Append(c);
            pos++;
        }

        return Math.Min(pos + 1, text.Length);
    }

    // Reads $NAME, ${...}, $(...), $((...)) or a special parameter; returns the end offset.
    private static int ReadExpansion(string text, int pos, out bool isSubstitution)
    {
        isSubstitution = false;
        if (pos + 1 >= text.Length)
            return pos + 1;

        var next = text[pos + 1];
        if (next == '(')
        {
            isSubstitution = pos + 2 >= text.Length || text[pos + 2] != '(';
            return CloseBracket(text, pos + 1, '(', ')');
        }

        if (next == '{')
            return CloseBracket(text, pos + 1, '{', '}');

        if (char.IsAsciiLetter(next) || next == '_')
        {
            var end = pos + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                end++;
            return end;
        }

        return next is '@' or '*' or '#' or '?' or '$' or '!' or '-' || char.IsAsciiDigit(next)
            ? pos + 2
            : pos + 1;
    }

    private static int CloseBracket(string text, int open, char opening, char closing)
    {
        var depth = 0;
        var pos = open;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\\')
            {
                pos += 2;
                continue;
            }

            if (c == '\'' && opening == '(')
            {
                var close = text.IndexOf('\'', pos + 1);
                pos = close < 0 ? text.Length : close + 1;
                continue;
            }

            if (c == opening)
                depth++;
            else if (c == closing && --depth == 0)
                return pos + 1;
            pos++;
        }

        return text.Length;
    }

    private static int CloseBackquote(string text, int pos)
    {
        while (pos < text.Length && text[pos] != '`')
            pos += text[pos] == '\\' ? 2 : 1;
        return Math.Min(pos + 1, text.Length);
    }
}
