namespace DockerMastery.Core.Review;

/// <summary>How serious a finding is, hadolint's levels from most to least severe.</summary>
public enum Severity
{
    /// <summary>Breaks the build, the image or its security; fix before shipping.</summary>
    Error,

    /// <summary>A real problem in most contexts; fix or suppress with a reason.</summary>
    Warning,

    /// <summary>An improvement worth making.</summary>
    Info,

    /// <summary>Consistency and readability.</summary>
    Style,
}
