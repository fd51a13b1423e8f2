namespace DockerMastery.Core.Dockerfiles;

/// <summary>A syntax problem found while parsing; the parser records it and carries on.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ParseError(int Line, int Column, string Message)
{
    /// <summary>The review rule that reports this error, when one owns it (DL3061 for
    /// instructions before FROM, DL3043 for forbidden ONBUILD triggers); null for plain
    /// syntax errors.</summary>
    public string? RuleId { get; init; }
}
