using System.Text;
using System.Text.Json;

namespace DockerMastery.Core.Dockerfiles;

/// <summary>Parses Dockerfile text the way BuildKit's frontend reads it: parser directives,
/// the escape character, continuation lines (with comments and blank lines inside),
/// here-documents, flags, JSON exec form with fallback to shell form, stages by name and index.
/// It never throws: what it cannot read becomes a <see cref="ParseError"/> with its line.</summary>
public static class DockerfileParser
{
    private static readonly HashSet<string> Keywords =
    [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
        "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ];

    private static readonly HashSet<string> FlagKeywords = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"];

    private static readonly HashSet<string> JsonKeywords =
        ["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"];

    private static readonly HashSet<string> PosixShells =
        ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"];

    private static readonly string[] DefaultShell = ["/bin/sh", "-c"];

    /// <summary>Parses <paramref name="text"/>. Never throws; a null or empty text gives an
    /// empty document with one error.</summary>
    public static DockerfileDocument Parse(string text)
    {
        var reader = new Reader(text ?? "");
        return reader.Read();
    }

    /// <summary>True when <paramref name="shell"/> (a <c>SHELL</c> value) is a POSIX shell.</summary>
    public static bool IsPosixShell(IReadOnlyList<string> shell)
    {
        if (shell.Count == 0)
            return false;
        var program = shell[0].Replace('\\', '/');
        program = program[(program.LastIndexOf('/') + 1)..];
        return PosixShells.Contains(program.ToLowerInvariant());
    }

    private sealed class Reader(string text)
    {
        private readonly string[] lines = SplitLines(text);
        private readonly List<ParseError> errors = [];
        private readonly List<DockerfileComment> comments = [];
        private readonly List<ParserDirective> directives = [];
        private readonly List<int> emptyContinuations = [];
        private readonly List<Instruction> instructions = [];
        private readonly List<Stage> stages = [];
        private readonly List<Instruction> stageInstructions = [];
        private readonly Dictionary<string, string?> globalArgs = new(StringComparer.Ordinal);
        private readonly Dictionary<int, IReadOnlyList<string>> stageShells = [];
        private char escape = '\\';
        private IReadOnlyList<string> defaultShell = DefaultShell;
        private IReadOnlyList<string> shell = DefaultShell;
        private Stage? pendingStage;

        public DockerfileDocument Read()
        {
            var index = ReadDirectives();
            while (index < lines.Length)
                index = ReadNext(index);
            CloseStage();

            if (instructions.Count == 0)
                errors.Add(new ParseError(1, 1, "The Dockerfile has no instructions."));
            else if (stages.Count == 0)
                errors.Add(new ParseError(1, 1, "The Dockerfile has no FROM instruction."));

            return new DockerfileDocument
            {
                Text = text,
                Lines = lines,
                Directives = directives,
                EscapeCharacter = escape,
                Instructions = instructions,
                Stages = stages,
                Comments = comments,
                Errors = errors,
                EmptyContinuationLines = emptyContinuations,
            };
        }

        private static string[] SplitLines(string source)
        {
            if (source.StartsWith('\uFEFF'))
                source = source[1..];
            var split = source.Split('\n');
            for (var i = 0; i < split.Length; i++)
                split[i] = split[i].TrimEnd('\r');
            return source.EndsWith('\n') ? split[..^1] : split;
        }

        private int ReadDirectives()
        {
            var index = 0;
            for (; index < lines.Length; index++)
            {
                var line = lines[index].Trim();
                if (!line.StartsWith('#'))
                    break;
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                    break;
                var name = line[1..equals].Trim().ToLowerInvariant();
                if (name is not ("syntax" or "escape" or "check"))
                    break;

                var value = line[(equals + 1)..].Trim();
                if (directives.Any(d => d.Name == name))
                {
                    errors.Add(new ParseError(index + 1, 1, $"The '{name}' directive appears twice."));
                    continue;
                }

                directives.Add(new ParserDirective(name, value, index + 1));
                if (name != "escape")
                    continue;
                if (value is "\\" or "`")
                    escape = value[0];
                else
                    errors.Add(new ParseError(index + 1, 1,
                        $"The escape directive takes \\ or `, not '{value}'."));
            }

            return index;
        }

        private int ReadNext(int index)
        {
            var line = lines[index];
            var trimmed = line.TrimStart(' ', '\t');
            if (trimmed.Length == 0)
                return index + 1;
            if (trimmed[0] == '#')
            {
                AddComment(trimmed, index, inside: false);
                return index + 1;
            }

            var start = index;
            var column = line.Length - trimmed.Length + 1;
            var logical = new StringBuilder();
            var map = new SourceMap();
            var content = trimmed;
            var contentColumn = column;
            var last = index;
            while (true)
            {
                map.Add(logical.Length, last + 1, contentColumn);
                var end = content.TrimEnd(' ', '\t');
                if (end.Length == 0 || end[^1] != escape)
                {
                    logical.Append(content);
                    break;
                }

                logical.Append(end, 0, end.Length - 1);
                var next = last + 1;
                var empties = new List<int>();
                while (next < lines.Length)
                {
                    var candidate = lines[next].TrimStart(' ', '\t');
                    if (candidate.Length == 0)
                        empties.Add(next + 1);
                    else if (candidate[0] == '#')
                        AddComment(candidate, next, inside: true);
                    else
                        break;
                    next++;
                }

                if (next >= lines.Length)
                    break;
                emptyContinuations.AddRange(empties);
                last = next;
                content = lines[next];
                contentColumn = 1;
            }

            var logicalText = logical.ToString();
            var keywordEnd = WordEnd(logicalText, 0);
            var keyword = logicalText[..keywordEnd].ToUpperInvariant();
            var heredocs = new List<Heredoc>();
            if (keyword is "RUN" or "COPY" or "ADD")
                last = ReadHeredocs(logicalText, keywordEnd, last, heredocs, start);

            var original = string.Join('\n', lines[start..(last + 1)]);
            var instruction = Build(logicalText, 0, map, start + 1, column, last + 1, original,
                heredocs, trigger: false);
            Accept(instruction);
            return last + 1;
        }

        private void AddComment(string trimmed, int index, bool inside)
        {
            var body = trimmed[1..].Trim();
            comments.Add(new DockerfileComment(body, index + 1, inside));
            if (inside)
                return;
            const string pragma = "hadolint shell=";
            if (body.StartsWith(pragma, StringComparison.OrdinalIgnoreCase))
            {
                var value = body[pragma.Length..].Trim();
                defaultShell = value.Length == 0 ? DefaultShell : [value, "-c"];
                shell = defaultShell;
            }
        }

        private int ReadHeredocs(string logical, int from, int last, List<Heredoc> heredocs, int start)
        {
            foreach (var (delimiter, stripTabs, quoted) in FindHeredocMarkers(logical, from))
            {
                var content = new StringBuilder();
                var next = last + 1;
                var terminated = false;
                for (; next < lines.Length; next++)
                {
                    var line = stripTabs ? lines[next].TrimStart('\t') : lines[next];
                    if (line == delimiter)
                    {
                        terminated = true;
                        break;
                    }

                    content.Append(line).Append('\n');
                }

                heredocs.Add(new Heredoc(delimiter, content.ToString(), stripTabs, quoted, last + 2,
                    terminated));
                if (!terminated)
                {
                    errors.Add(new ParseError(start + 1, 1,
                        $"The here-document '{delimiter}' is never closed."));
                    return lines.Length - 1;
                }

                last = next;
            }

            return last;
        }

        private Instruction Build(
            string logical, int keywordOffset, SourceMap map, int line, int column, int endLine,
            string original, IReadOnlyList<Heredoc> heredocs, bool trigger)
        {
            var keywordEnd = WordEnd(logical, keywordOffset);
            var keywordText = logical[keywordOffset..keywordEnd];
            var keyword = keywordText.ToUpperInvariant();
            var argumentsOffset = SkipSpace(logical, keywordEnd);
            var arguments = logical[argumentsOffset..].TrimEnd();
            var position = map.Locate(keywordOffset);
            line = trigger ? position.Line : line;
            column = trigger ? position.Column : column;

            if (!Keywords.Contains(keyword))
                errors.Add(new ParseError(line, column, $"Unknown instruction '{keywordText}'."));

            var flags = new List<InstructionFlag>();
            var bodyOffset = argumentsOffset;
            if (FlagKeywords.Contains(keyword))
                bodyOffset = ReadFlags(logical, argumentsOffset, flags);
            var body = bodyOffset < logical.Length ? logical[bodyOffset..].TrimEnd() : "";

            Instruction? triggered = null;
            if (keyword == "ONBUILD")
            {
                if (body.Length == 0)
                {
                    errors.Add(new ParseError(line, column, "ONBUILD needs an instruction."));
                }
                else
                {
                    triggered = Build(logical, bodyOffset, map, line, column, endLine, original, [],
                        trigger: true);
                    if (triggered.Keyword is "ONBUILD" or "FROM" or "MAINTAINER")
                        errors.Add(new ParseError(line, column,
                            $"ONBUILD cannot trigger {triggered.Keyword}.") { RuleId = "DL3043" });
                }
            }

            var json = ReadJson(keyword, body);
            var pairs = keyword is "ENV" or "LABEL" or "ARG" ? ReadPairs(keyword, body, line, column) : [];
            CheckArguments(keyword, body, line, column, heredocs.Count > 0);

            var instruction = new Instruction
            {
                Keyword = keyword,
                KeywordText = keywordText,
                Line = line,
                Column = column,
                EndLine = endLine,
                Original = original,
                Arguments = arguments,
                Flags = flags,
                Body = body,
                BodyOffset = bodyOffset,
                Map = map,
                JsonArguments = json,
                Heredocs = heredocs,
                Pairs = pairs,
                Trigger = triggered,
                StageIndex = keyword == "FROM" && !trigger ? (pendingStage?.Index + 1 ?? stages.Count) : pendingStage?.Index ?? -1,
                Shell = shell,
                Script = keyword == "RUN" && IsPosixShell(shell)
                    ? ReadScript(body, bodyOffset, map, json, heredocs)
                    : null,
            };
            return instruction;
        }

        private void CheckArguments(string keyword, string body, int line, int column, bool hasHeredoc)
        {
            var needsArguments = keyword is not ("HEALTHCHECK" or "ONBUILD") && Keywords.Contains(keyword);
            if (needsArguments && body.Length == 0 && !hasHeredoc)
                errors.Add(new ParseError(line, column, $"{keyword} needs arguments."));
        }

        private static int ReadFlags(string logical, int offset, List<InstructionFlag> flags)
        {
            var pos = offset;
            while (pos + 2 < logical.Length && logical[pos] == '-' && logical[pos + 1] == '-')
            {
                var end = pos;
                char quote = '\0';
                while (end < logical.Length && (quote != '\0' || !char.IsWhiteSpace(logical[end])))
                {
                    if (logical[end] is '"' or '\'')
                        quote = quote == '\0' ? logical[end] : quote == logical[end] ? '\0' : quote;
                    end++;
                }

                var flag = logical[pos..end];
                var equals = flag.IndexOf('=', StringComparison.Ordinal);
                var name = (equals < 0 ? flag[2..] : flag[2..equals]).ToLowerInvariant();
                var value = equals < 0 ? null : flag[(equals + 1)..];
                flags.Add(new InstructionFlag(name, value, flag));
                pos = SkipSpace(logical, end);
            }

            return pos;
        }

        private static IReadOnlyList<string>? ReadJson(string keyword, string body)
        {
            var candidate = body;
            if (keyword == "HEALTHCHECK" && body.StartsWith("CMD", StringComparison.OrdinalIgnoreCase))
                candidate = body[3..].TrimStart();
            else if (!JsonKeywords.Contains(keyword))
                return null;
            if (!candidate.StartsWith('['))
                return null;

            try
            {
                var values = JsonSerializer.Deserialize<string?[]>(candidate);
                return values is null || values.Any(v => v is null) ? null : values.Select(v => v!).ToArray();
            }
            catch (JsonException)
            {
                // Invalid JSON is shell form, as BuildKit reads it.
                return null;
            }
        }

        private IReadOnlyList<KeyValue> ReadPairs(string keyword, string body, int line, int column)
        {
            var words = SplitWords(body, escape);
            var pairs = new List<KeyValue>();
            if (keyword is "ENV" or "LABEL" && words.Count > 0 && !words[0].Raw.Contains('=', StringComparison.Ordinal))
            {
                var rest = body[words[0].Raw.Length..].Trim();
                if (rest.Length == 0)
                    errors.Add(new ParseError(line, column, $"{keyword} {words[0].Value} needs a value."));
                pairs.Add(new KeyValue(words[0].Value, Unquote(rest, escape)));
                return pairs;
            }

            foreach (var word in words)
            {
                var equals = word.Value.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                {
                    if (keyword != "ARG")
                        errors.Add(new ParseError(line, column,
                            $"{keyword} expects key=value, got '{word.Raw}'."));
                    pairs.Add(new KeyValue(word.Value, null));
                    continue;
                }

                pairs.Add(new KeyValue(word.Value[..equals], word.Value[(equals + 1)..]));
            }

            return pairs;
        }

        private ShellScript? ReadScript(
            string body, int bodyOffset, SourceMap map, IReadOnlyList<string>? json,
            IReadOnlyList<Heredoc> heredocs)
        {
            if (json is not null)
            {
                if (json.Count >= 3 && IsPosixShell(json) && json[1] == "-c")
                    return ShellReader.Read(json[2], map.Shift(bodyOffset));
                var joined = string.Join(' ', json.Select(a => "'" + a.Replace("'", "'\\''") + "'"));
                return ShellReader.Read(joined, map.Shift(bodyOffset));
            }

            if (heredocs.Count > 0)
            {
                var first = ShellReader.Read(body, map.Shift(bodyOffset));
                var reader = first.Commands.Count > 0 ? first.Commands[0] : null;
                var feedsShell = reader is null || reader.Is([.. PosixShells]);
                var content = heredocs[0].Content;
                if (feedsShell && !HasForeignShebang(content))
                    return ShellReader.Read(content, SourceMap.ForLines(content, heredocs[0].ContentLine, 1));
                return first;
            }

            return ShellReader.Read(body, map.Shift(bodyOffset));
        }

        private static bool HasForeignShebang(string content)
        {
            if (!content.StartsWith("#!", StringComparison.Ordinal))
                return false;
            var end = content.IndexOf('\n', StringComparison.Ordinal);
            var interpreter = end < 0 ? content[2..] : content[2..end];
            var words = interpreter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                return false;
            var program = words[0].EndsWith("/env", StringComparison.Ordinal) && words.Length > 1
                ? words[1]
                : words[0][(words[0].LastIndexOf('/') + 1)..];
            return !PosixShells.Contains(program);
        }

        private void Accept(Instruction instruction)
        {
            if (instruction.Keyword == "FROM")
            {
                CloseStage();
                pendingStage = BuildStage(instruction);
                shell = pendingStage.BaseStage is { } baseIndex && stageShells.TryGetValue(baseIndex, out var inherited)
                    ? inherited
                    : IsWindowsImage(pendingStage.ResolvedBaseImage) ? ["cmd", "/S", "/C"] : defaultShell;
                stageInstructions.Add(instruction);
                instructions.Add(instruction);
                return;
            }

            if (pendingStage is null)
            {
                if (instruction.Keyword == "ARG")
                {
                    foreach (var pair in instruction.Pairs)
                        globalArgs[pair.Key] = pair.Value is null ? null : VariableExpander.Expand(pair.Value, globalArgs);
                }
                else if (Keywords.Contains(instruction.Keyword))
                {
                    errors.Add(new ParseError(instruction.Line, instruction.Column,
                        $"{instruction.Keyword} comes before the first FROM; only ARG may.") { RuleId = "DL3061" });
                }

                instructions.Add(instruction);
                return;
            }

            if (instruction.Keyword == "SHELL")
            {
                if (instruction.JsonArguments is { Count: > 0 } newShell)
                    shell = newShell;
                else
                    errors.Add(new ParseError(instruction.Line, instruction.Column,
                        "SHELL takes a JSON array, e.g. [\"/bin/bash\", \"-c\"]."));
            }

            stageInstructions.Add(instruction);
            instructions.Add(instruction);
        }

        private static bool IsWindowsImage(string image) =>
            image.Contains("windows/servercore", StringComparison.OrdinalIgnoreCase) ||
            image.Contains("windows/nanoserver", StringComparison.OrdinalIgnoreCase) ||
            image.Contains("mcr.microsoft.com/windows", StringComparison.OrdinalIgnoreCase);

        private Stage BuildStage(Instruction from)
        {
            var words = SplitWords(from.Body, escape);
            string? name = null;
            string? asText = null;
            if (words.Count == 0)
            {
                errors.Add(new ParseError(from.Line, from.Column, "FROM needs a base image."));
            }
            else if (words.Count == 3 && string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
            {
                name = words[2].Value;
                asText = words[1].Value;
            }
            else if (words.Count != 1)
            {
                errors.Add(new ParseError(from.Line, from.Column,
                    "FROM takes a base image and an optional 'AS name'."));
            }

            var image = words.Count > 0 ? words[0].Value : "";
            var references = VariableExpander.References(image).ToArray();
            var resolvable = references.All(r => globalArgs.TryGetValue(r, out var v) && v is not null);
            var resolved = resolvable ? VariableExpander.Expand(image, globalArgs) : image;
            int? baseStage = stages.FirstOrDefault(s =>
                string.Equals(s.Name, resolved, StringComparison.OrdinalIgnoreCase))?.Index;

            return new Stage
            {
                Index = stages.Count,
                Name = name,
                AsKeywordText = asText,
                BaseImage = image,
                ResolvedBaseImage = resolved,
                BaseStage = baseStage,
                Platform = from.Flag("platform")?.Value,
                From = from,
            };
        }

        private void CloseStage()
        {
            if (pendingStage is null)
                return;
            stageShells[pendingStage.Index] = shell;
            stages.Add(pendingStage with { Instructions = [.. stageInstructions] });
            stageInstructions.Clear();
            pendingStage = null;
        }
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return end;
    }

    private static int SkipSpace(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        return start;
    }

    private static IEnumerable<(string Delimiter, bool StripTabs, bool Quoted)> FindHeredocMarkers(
        string logical, int from)
    {
        char quote = '\0';
        for (var i = from; i < logical.Length - 2; i++)
        {
            var c = logical[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            if (c != '<' || logical[i + 1] != '<' || (i > 0 && logical[i - 1] == '<') || logical[i + 2] == '<')
                continue;

            var pos = i + 2;
            var strip = pos < logical.Length && logical[pos] == '-';
            if (strip)
                pos++;
            var quoteChar = pos < logical.Length && logical[pos] is '"' or '\'' ? logical[pos] : '\0';
            if (quoteChar != '\0')
                pos++;
            var start = pos;
            while (pos < logical.Length && (char.IsAsciiLetterOrDigit(logical[pos]) || logical[pos] is '_' or '-' or '.'))
                pos++;
            if (pos == start)
                continue;
            var delimiter = logical[start..pos];
            if (quoteChar != '\0' && (pos >= logical.Length || logical[pos] != quoteChar))
                continue;
            yield return (delimiter, strip, quoteChar != '\0');
            i = pos;
        }
    }

    internal sealed record Word(string Raw, string Value);

    /// <summary>Splits instruction arguments into words as the frontend does for FROM, ENV,
    /// LABEL and ARG: whitespace separates, quotes group, the escape character escapes.</summary>
    internal static List<Word> SplitWords(string text, char escape)
    {
        var words = new List<Word>();
        var pos = 0;
        while (pos < text.Length)
        {
            pos = SkipSpace(text, pos);
            if (pos >= text.Length)
                break;
            var start = pos;
            var value = new StringBuilder();
            char quote = '\0';
            while (pos < text.Length && (quote != '\0' || !char.IsWhiteSpace(text[pos])))
            {
                var c = text[pos];
                if (c == escape && quote != '\'' && pos + 1 < text.Length)
                {
                    value.Append(text[pos + 1]);
                    pos += 2;
                    continue;
                }

                if (quote == '\0' && c is '"' or '\'')
                    quote = c;
                else if (c == quote)
                    quote = '\0';
                else
                    value.Append(c);
                pos++;
            }

            words.Add(new Word(text[start..pos], value.ToString()));
        }

        return words;
    }

    private static string Unquote(string text, char escape)
    {
        var words = SplitWords(text, escape);
        return words.Count == 1 ? words[0].Value : text;
    }
}
