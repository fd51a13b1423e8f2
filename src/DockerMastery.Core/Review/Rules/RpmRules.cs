using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

/// <summary>What the yum, dnf and zypper rules share: finding installs without a yes switch,
/// without a later clean, and without versions.</summary>
internal static class RpmRules
{
    public static IEnumerable<RuleHit> MissingYes(ReviewContext context, string[] managers, string[] yes) =>
        context.Commands.Where(rc => IsInstall(rc.Command, managers) && !rc.Command.HasOption(yes))
            .Select(rc => ReviewContext.At(rc.Run, rc.Command, $"{rc.Command.Program} install waits for an answer."));

    public static IEnumerable<RuleHit> MissingClean(
        ReviewContext context, string[] managers, Func<ShellCommand, bool> isClean, string cache)
    {
        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            if (ReviewContext.CacheMountTargets(run).Any(t => t.StartsWith(cache, StringComparison.Ordinal)))
                continue;
            var commands = run.Script!.Commands;
            var install = commands.LastOrDefault(c => IsInstall(c, managers));
            if (install is null)
                continue;
            var cleaned = commands.SkipWhile(c => !ReferenceEquals(c, install))
                .Any(c => isClean(c) || PackageCommands.RemovesRecursively(c, p => p.StartsWith(cache, StringComparison.Ordinal)));
            if (!cleaned)
                yield return ReviewContext.At(run, install, $"The {install.Program} cache stays in this layer.");
        }
    }

    public static IEnumerable<RuleHit> Unpinned(
        ReviewContext context, string[] managers, Func<string, bool> pinned)
    {
        foreach (var (run, command) in context.Commands.Where(rc => IsInstall(rc.Command, managers)))
        {
            var packages = command.Is("zypper") ? PackageCommands.ZypperPackages(command) : PackageCommands.YumPackages(command);
            var unpinned = packages.Where(p => !PackageCommands.IsDynamic(p) && !pinned(p.Value) &&
                    !p.Value.EndsWith(".rpm", StringComparison.Ordinal) && !p.Value.StartsWith('@') &&
                    !p.Value.StartsWith('/') && !p.Value.Contains("://", StringComparison.Ordinal))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned package(s): {string.Join(", ", unpinned)}.");
        }
    }

    public static bool IsInstall(ShellCommand command, string[] managers) =>
        command.Is("zypper") && managers.Contains("zypper")
            ? PackageCommands.IsZypperInstall(command)
            : PackageCommands.IsYumInstall(command, managers);

    public static bool IsCleanAll(ShellCommand command, params string[] managers) =>
        command.Is(managers) && command.Subcommand(PackageCommands.YumValueOptions) == "clean" &&
        command.Values.Contains("all");

    // name-1.2.3 (yum/dnf) or name=1.2.3, name>=1.2 (zypper).
    public static bool HasRpmVersion(string package)
    {
        var dash = package.LastIndexOf('-');
        return dash > 0 && dash + 1 < package.Length && char.IsAsciiDigit(package[dash + 1]);
    }
}
