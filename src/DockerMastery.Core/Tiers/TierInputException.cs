namespace DockerMastery.Core.Tiers;

/// <summary>
/// A requirement that cannot be read, naming the field and what is wrong with it.
/// </summary>
public sealed class TierInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public TierInputException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The requirement's field name, e.g. <c>containerCount</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the value.</summary>
    public string Problem { get; }
}
