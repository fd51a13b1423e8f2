namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3016 : Rule
{
    public override string Id => "DL3016";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Pin versions in npm";
    public override string Checks => """
        Fires on each package named in `npm install` (`npm i`, `npm add`) without `@version`
        (`@scope/name@version` for scoped packages). `npm install` with no package (from the
        lockfile), `npm ci`, local paths, tarballs, git and URL specs are not judged.
        """;
    public override string Why => """
        `npm install -g pnpm` installs the latest release on the day of the build; the next
        major can change behaviour under an unchanged Dockerfile.
        """;
    public override string Bad => """
        FROM node:22-alpine
        RUN npm install -g pnpm
        """;
    public override string Good => """
        FROM node:22-alpine
        RUN npm install -g pnpm@9.15.0
        """;
    public override string Fix => "Write `package@version`, or install from `package-lock.json` with `npm ci`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => PackageCommands.IsNpmInstall(rc.Command)))
        {
            var unpinned = PackageCommands.NpmPackages(command)
                .Where(p => !PackageCommands.IsDynamic(p) && !IsPinnedOrLocal(p.Value))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned npm package(s): {string.Join(", ", unpinned)}.");
        }
    }

    private static bool IsPinnedOrLocal(string spec)
    {
        if (spec.StartsWith('.') || spec.StartsWith('/') || spec.StartsWith('~') ||
            spec.Contains(':', StringComparison.Ordinal) || spec.EndsWith(".tgz", StringComparison.Ordinal) ||
            spec.EndsWith(".tar.gz", StringComparison.Ordinal))
            return true;
        var name = spec.StartsWith('@') ? spec[1..] : spec;
        if (name.Contains('@', StringComparison.Ordinal))
            return true;
        // user/repo (GitHub shorthand) without a scope is a git dependency.
        return !spec.StartsWith('@') && spec.Contains('/', StringComparison.Ordinal);
    }
}
