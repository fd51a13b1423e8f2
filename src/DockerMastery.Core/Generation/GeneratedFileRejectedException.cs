using DockerMastery.Core.Review;

namespace DockerMastery.Core.Generation;

/// <summary>
/// The generator rendered a Dockerfile that its own reviewer does not pass. The file is not
/// returned: this is a defect in a recipe or in the caller's overrides, and the message names
/// every rule and line so it can be reported or fixed.
/// </summary>
public sealed class GeneratedFileRejectedException : InvalidOperationException
{
    /// <summary>Creates the error for <paramref name="path"/> and its findings.</summary>
    public GeneratedFileRejectedException(string path, IReadOnlyList<Finding> findings)
        : base(Describe(path, findings))
    {
        Path = path;
        Findings = findings;
    }

    /// <summary>Creates an error without findings (required by the exception pattern).</summary>
    public GeneratedFileRejectedException()
        : this("Dockerfile", [])
    {
    }

    /// <summary>Creates an error without findings (required by the exception pattern).</summary>
    public GeneratedFileRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error without findings (required by the exception pattern).</summary>
    public GeneratedFileRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The generated file that was rejected.</summary>
    public string Path { get; } = "Dockerfile";

    /// <summary>What the reviewer found in it.</summary>
    public IReadOnlyList<Finding> Findings { get; } = [];

    private static string Describe(string path, IReadOnlyList<Finding> findings) =>
        $"the generated {path} fails its own review, so it is not returned " +
        $"({findings.Count} finding(s): " +
        string.Join("; ", findings.Select(f => $"{f.RuleId} line {f.Line}: {f.Message}")) +
        "); this is a generator defect or an override that breaks a rule";
}
