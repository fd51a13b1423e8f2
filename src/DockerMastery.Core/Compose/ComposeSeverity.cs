namespace DockerMastery.Core.Compose;

/// <summary>How much a compose finding matters, most severe first.</summary>
public enum ComposeSeverity
{
    /// <summary>The file is invalid or dangerous: Compose refuses it, or it hands away the
    /// host.</summary>
    Error,

    /// <summary>The stack runs but is fragile or unsafe in production.</summary>
    Warning,

    /// <summary>Worth knowing; no harm on its own.</summary>
    Info,

    /// <summary>Formatting and ordering conventions (dclint's style rules).</summary>
    Style,
}
