namespace DockerMastery.Core.Generation;

/// <summary>
/// A caller's value cannot land in a generated file: it breaks the grammar of the place it
/// would go (a port out of range, a name with a newline, an image reference that is not one).
/// Faces turn it into a tool error or a command-line message naming <see cref="Field"/>.
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the error for <paramref name="field"/>.</summary>
    public InvalidInputException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates an error without a field (required by the exception pattern).</summary>
    public InvalidInputException()
        : this("input", "invalid")
    {
    }

    /// <summary>Creates an error without a field (required by the exception pattern).</summary>
    public InvalidInputException(string message)
        : this("input", message)
    {
    }

    /// <summary>Creates an error without a field (required by the exception pattern).</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "input";
        Problem = message;
    }

    /// <summary>The input field that is wrong, as the caller named it (e.g. <c>port</c>).</summary>
    public string Field { get; } = "input";

    /// <summary>What is wrong with it, without the field name.</summary>
    public string Problem { get; } = "invalid";
}
