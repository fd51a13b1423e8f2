using System.Text.RegularExpressions;
using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Generation;

/// <summary>
/// The grammars of the places caller values land in generated files. Each check throws
/// <see cref="InvalidInputException"/> naming the field, so a value that would add an
/// instruction, a stage or a shell command never reaches a template.
/// </summary>
public static partial class InputGrammar
{
    /// <summary>A project name: lower-case image-name component, 1-63 characters (it becomes
    /// the image name, the compose project and a label value).</summary>
    public static string ProjectName(string field, string? value)
    {
        return Matching(field, value, 63, NameGrammar(), text =>
            $"'{Shown(text)}' is not a valid project name: use 1-63 lower-case letters, " +
            "digits and single '.', '_' or '-' between them (it becomes the image name)");
    }

    /// <summary>A TCP port, 1-65535.</summary>
    public static int Port(string field, int value)
    {
        if (value is < 1 or > 65535)
            throw new InvalidInputException(field, $"{value} is not a TCP port (1-65535)");
        return value;
    }

    /// <summary>An HTTP path for the health probe: starts with <c>/</c>, URL-safe characters
    /// only (it lands inside a quoted string in a shell-free probe).</summary>
    public static string HealthPath(string field, string? value)
    {
        return Matching(field, value, 200, HealthPathGrammar(), text =>
            $"'{Shown(text)}' is not a health path: start with '/' and use letters, digits " +
            "and . _ ~ - / only");
    }

    /// <summary>A path inside the project: relative, no <c>..</c>, no spaces or shell
    /// metacharacters (it lands in COPY lines and exec-form arrays).</summary>
    public static string RelativePath(string field, string? value)
    {
        var text = Required(field, value);
        if (text.Length > 200 || !PathGrammar().IsMatch(text) ||
            text.Split('/').Any(part => part == ".."))
        {
            throw new InvalidInputException(field,
            $"'{Shown(text)}' is not a relative path inside the project: use letters, digits " +
                "and . _ - / @ + only, no '..', no leading '/'");
        }

        return text;
    }

    /// <summary>A Python entry: a module (<c>app.main</c>), an ASGI/WSGI object
    /// (<c>app.main:app</c>) or a script path ending in <c>.py</c>.</summary>
    public static string PythonEntry(string field, string? value)
    {
        var text = Required(field, value);
        if (text.EndsWith(".py", StringComparison.Ordinal))
            return RelativePath(field, text);
        if (text.Length > 200 || !PythonTargetGrammar().IsMatch(text))
        {
            throw new InvalidInputException(field,
            $"'{Shown(text)}' is not a Python entry: give a module (app.main), an app object " +
                "(app.main:app) or a script (main.py)");
        }

        return text;
    }

    /// <summary>An identifier for a binary, crate or artifact: letters, digits, <c>_ . -</c>.</summary>
    public static string Identifier(string field, string? value)
    {
        return Matching(field, value, 100, IdentifierGrammar(), text =>
            $"'{Shown(text)}' is not a name: use letters, digits, '_', '.' and '-' only");
    }

    /// <summary>An environment variable name (POSIX: letters, digits, underscore).</summary>
    public static string EnvName(string field, string? value)
    {
        return Matching(field, value, 100, EnvGrammar(), text =>
            $"'{Shown(text)}' is not an environment variable name: [A-Za-z_][A-Za-z0-9_]*");
    }

    /// <summary>An image reference by the distribution grammar (see
    /// <see cref="ImageReference"/>).</summary>
    public static string Image(string field, string? value)
    {
        var text = Required(field, value);
        if (!ImageReference.IsValid(text))
        {
            throw new InvalidInputException(field,
            $"'{Shown(text)}' is not an image reference (registry/repository:tag[@sha256:...])");
        }

        return text;
    }

    /// <summary>One argument of an exec-form command: printable, no control characters (it is
    /// JSON-escaped into the array, so quotes are safe).</summary>
    public static string CommandWord(string field, string? value)
    {
        var text = value ?? throw new InvalidInputException(field, "is required");
        if (text.Length == 0 || text.Length > 500 || text.Any(char.IsControl))
        {
            throw new InvalidInputException(field,
                "each command word must be 1-500 printable characters without newlines or tabs");
        }

        return text;
    }

    /// <summary>A shell command for a <c>RUN</c> line: one line, printable, no here-document
    /// or continuation tricks.</summary>
    public static string ShellLine(string field, string? value)
    {
        var text = Required(field, value);
        if (text.Length > 500 || text.Any(char.IsControl) || text.EndsWith('\\') ||
            text.Contains("<<", StringComparison.Ordinal))
        {
            throw new InvalidInputException(field,
                "must be one printable line of at most 500 characters, without a trailing '\\' " +
                "or a here-document");
        }

        return text;
    }

    private static string Matching(
        string field, string? value, int maxLength, Regex grammar, Func<string, string> problem)
    {
        var text = Required(field, value);
        if (text.Length > maxLength || !grammar.IsMatch(text))
            throw new InvalidInputException(field, problem(text));
        return text;
    }

    private static string Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidInputException(field, "is required and must not be empty");
        return value;
    }

    // Echo at most 60 characters with control characters made visible.
    private static string Shown(string text)
    {
        var visible = new string(text.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length > 60 ? visible + "..." : visible;
    }

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameGrammar();

    [GeneratedRegex("^/[A-Za-z0-9._~/-]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HealthPathGrammar();

    [GeneratedRegex("^(?:\\./)?[A-Za-z0-9_@+.][A-Za-z0-9_.@+/-]*\\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex PathGrammar();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*" +
        "(?::[A-Za-z_][A-Za-z0-9_]*(?:\\(\\))?)?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PythonTargetGrammar();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierGrammar();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnvGrammar();
}
