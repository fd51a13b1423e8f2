namespace DockerMastery.Core.Review;

/// <summary>Where a rule's id and meaning come from.</summary>
public enum RuleSource
{
    /// <summary>hadolint's DL rules (same id, severity and meaning).</summary>
    Hadolint,

    /// <summary>ShellCheck's SC checks, run on our own shell reading of <c>RUN</c>.</summary>
    ShellCheck,

    /// <summary>BuildKit's build checks (<c>docker build --check</c>), by their names.</summary>
    BuildKit,

    /// <summary>docker-mastery's own rules (<c>DM</c> ids).</summary>
    DockerMastery,
}
