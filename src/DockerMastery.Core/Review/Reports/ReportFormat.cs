namespace DockerMastery.Core.Review.Reports;

/// <summary>The output formats of a lint run (hadolint's names are accepted).</summary>
public enum ReportFormat
{
    /// <summary><c>file:line RULE severity: message</c>, one per line.</summary>
    Tty,

    /// <summary>A JSON array with hadolint's fields (code, column, file, level, line, message).</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,

    /// <summary>Checkstyle XML, for Jenkins and other checkstyle readers.</summary>
    Checkstyle,

    /// <summary>GitLab Code Quality (Code Climate) JSON.</summary>
    CodeClimate,
}
