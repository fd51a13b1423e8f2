namespace DockerMastery.Core.Review;

/// <summary>A review rule: its identity, documentation and check. One rule per file under
/// <c>Rules/</c>, named by its id; the catalog finds them by reflection.</summary>
public abstract class Rule
{
    /// <summary>The id (<c>DL3008</c>, <c>SC2086</c>, <c>SecretsUsedInArgOrEnv</c>, <c>DM001</c>).</summary>
    public abstract string Id { get; }

    /// <summary>The default severity.</summary>
    public abstract Severity Severity { get; }

    /// <summary>A one-line title, also the default message.</summary>
    public abstract string Title { get; }

    /// <summary>What the rule checks, in a few sentences.</summary>
    public abstract string Checks { get; }

    /// <summary>Why it matters.</summary>
    public abstract string Why { get; }

    /// <summary>A Dockerfile the rule fires on.</summary>
    public abstract string Bad { get; }

    /// <summary>The same Dockerfile written right; the rule stays quiet.</summary>
    public abstract string Good { get; }

    /// <summary>How to fix a finding.</summary>
    public abstract string Fix { get; }

    /// <summary>False for rules that run only when configuration gives them a severity
    /// (hadolint's "ignore" default, e.g. DL1001).</summary>
    public virtual bool EnabledByDefault => true;

    /// <summary>Other ids this rule answers to (BuildKit's name for the same check, ...).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>Runs the check.</summary>
    public abstract IEnumerable<RuleHit> Check(ReviewContext context);
}
