namespace DockerMastery.Core.Detection;

/// <summary>Detection found no deployable application; the message says what it looked for.</summary>
public sealed class ProjectNotFoundException : Exception
{
    /// <summary>The files detection looks for, by language.</summary>
    public const string LookedFor =
        "Python (pyproject.toml, requirements.txt, Pipfile, setup.py), Node.js (package.json), " +
        "Go (go.mod), Rust (Cargo.toml), Java (pom.xml, build.gradle, build.gradle.kts), " +
        ".NET (*.csproj, *.fsproj)";

    /// <summary>Creates the error for a tree of <paramref name="fileCount"/> files.</summary>
    public ProjectNotFoundException(int fileCount)
        : base(fileCount == 0
            ? $"the folder is empty: no project to detect (looked for {LookedFor})"
            : $"no application found among {fileCount} files: looked for {LookedFor}")
    {
    }

    /// <summary>Creates the error with a custom message.</summary>
    public ProjectNotFoundException()
        : this(0)
    {
    }

    /// <summary>Creates the error with a custom message.</summary>
    public ProjectNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a custom message and cause.</summary>
    public ProjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
