namespace DockerMastery.Core.Detection;

/// <summary>How sure detection is of a fact.</summary>
public enum Confidence
{
    /// <summary>A guess from a convention (a file name, a common default).</summary>
    Low,

    /// <summary>Inferred from the code or a config file, but another reading is possible.</summary>
    Medium,

    /// <summary>Stated outright by a manifest, lockfile or the code.</summary>
    High,
}
