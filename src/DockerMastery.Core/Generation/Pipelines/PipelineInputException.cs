namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>A caller value that cannot land in a generated file: it names the field and
/// says what the value must look like.</summary>
public sealed class PipelineInputException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public PipelineInputException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The option that was refused, e.g. <c>registryHost</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
