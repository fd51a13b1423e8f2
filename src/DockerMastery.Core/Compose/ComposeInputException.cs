namespace DockerMastery.Core.Compose;

/// <summary>A caller's value cannot go into a compose file: names the field and the
/// problem.</summary>
public sealed class ComposeInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public ComposeInputException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The request field that is wrong, e.g. <c>appName</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
