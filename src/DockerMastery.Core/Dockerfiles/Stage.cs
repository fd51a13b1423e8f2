namespace DockerMastery.Core.Dockerfiles;

/// <summary>A build stage: a <c>FROM</c> and the instructions up to the next one.</summary>
public sealed record Stage
{
    /// <summary>0-based index (what <c>COPY --from=0</c> names).</summary>
    public required int Index { get; init; }

    /// <summary>The name after <c>AS</c>, as written, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The <c>AS</c> keyword as written (for casing checks), or null.</summary>
    public string? AsKeywordText { get; init; }

    /// <summary>The base image as written (<c>python:${PY}-slim</c>).</summary>
    public required string BaseImage { get; init; }

    /// <summary>The base image with global <c>ARG</c> defaults substituted.</summary>
    public required string ResolvedBaseImage { get; init; }

    /// <summary>The index of the earlier stage this one builds on, or null for an image.</summary>
    public int? BaseStage { get; init; }

    /// <summary>The <c>--platform</c> value, or null.</summary>
    public string? Platform { get; init; }

    /// <summary>The <c>FROM</c> instruction.</summary>
    public required Instruction From { get; init; }

    /// <summary>The instructions of the stage, <c>FROM</c> first.</summary>
    public IReadOnlyList<Instruction> Instructions { get; init; } = [];

    /// <summary>True when the stage starts from <c>scratch</c>.</summary>
    public bool IsScratch =>
        string.Equals(ResolvedBaseImage, "scratch", StringComparison.OrdinalIgnoreCase);
}
