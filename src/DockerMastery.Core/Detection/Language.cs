namespace DockerMastery.Core.Detection;

/// <summary>The languages the generator builds images for.</summary>
public enum Language
{
    /// <summary>CPython applications (uv, pip, Poetry, Pipenv).</summary>
    Python,

    /// <summary>Node.js applications (npm, pnpm, yarn, bun).</summary>
    Node,

    /// <summary>Go modules.</summary>
    Go,

    /// <summary>Rust crates and cargo workspaces.</summary>
    Rust,

    /// <summary>Java on the JVM (Maven or Gradle).</summary>
    Java,

    /// <summary>.NET (C#) projects.</summary>
    DotNet,
}
