namespace DockerMastery.Core.Detection;

/// <summary>What detection found in a tree: every deployable application, first the one at
/// the shallowest path.</summary>
/// <param name="Apps">The deployables; more than one in a monorepo.</param>
/// <param name="Notes">Things worth knowing that are not facts about one app (libraries and
/// test projects skipped, workspace roots, missing lockfiles).</param>
public sealed record DetectionReport(IReadOnlyList<ProjectProfile> Apps, IReadOnlyList<string> Notes)
{
    /// <summary>The first (shallowest) app.</summary>
    public ProjectProfile Primary => Apps[0];

    /// <summary>
    /// The app a caller picked by its path or entrypoint (e.g. <c>services/api</c>,
    /// <c>./cmd/worker</c>); the primary app when <paramref name="selector"/> is empty.
    /// </summary>
    /// <exception cref="ArgumentException">Nothing matches; the message lists the apps.</exception>
    public ProjectProfile Select(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
            return Primary;

        var match = Apps.FirstOrDefault(a => a.Path == selector || a.Entrypoint == selector ||
            $"{a.Path}/{a.Entrypoint}" == selector);
        return match ?? throw new ArgumentException(
            $"no app '{selector}' in this project; the apps are: " +
            string.Join(", ", Apps.Select(a => $"{a.Path} ({a.Language.Name()}, {a.Entrypoint})")),
            nameof(selector));
    }
}
