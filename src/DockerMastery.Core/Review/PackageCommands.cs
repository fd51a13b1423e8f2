using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review;

/// <summary>Reads package-manager commands: which manager, which subcommand, which packages
/// (option values are never taken for package names).</summary>
internal static class PackageCommands
{
    public static readonly string[] AptValueOptions =
        ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release"];

    public static readonly string[] ApkValueOptions =
    [
        "-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--keys-dir",
        "--cache-dir", "--repositories-file",
    ];

    public static readonly string[] PipValueOptions =
    [
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
        "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
        "--platform", "--python-version", "--implementation", "--abi", "--trusted-host",
        "--cache-dir", "--src", "--upgrade-strategy", "--progress-bar", "--log", "--proxy",
        "--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--only-binary",
        "--no-binary", "--config-settings", "-C", "--global-option", "--report",
        "--root-user-action", "--python",
    ];

    public static readonly string[] NpmValueOptions =
        ["--prefix", "--registry", "--cache", "--omit", "--include", "--tag", "-w", "--workspace",
         "--loglevel", "--userconfig", "--install-strategy"];

    public static readonly string[] YumValueOptions =
        ["-c", "--config", "--enablerepo", "--disablerepo", "--releasever", "--installroot",
         "-x", "--exclude", "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--repo",
         "--repoid", "--nogpgcheck=", "--forcearch", "--downloaddir", "--destdir"];

    public static readonly string[] ZypperValueOptions =
        ["-r", "--repo", "--from", "-t", "--type"];

    /// <summary>The command itself, or the pip it runs for <c>python -m pip ...</c>.</summary>
    public static ShellCommand Unwrap(ShellCommand command)
    {
        if (!command.Program.StartsWith("python", StringComparison.Ordinal) || command.Arguments.Count < 2 ||
            command.Arguments[0].Value != "-m" || command.Arguments[1].Value is not ("pip" or "pip3"))
            return command;
        return new ShellCommand(command.Assignments, command.Wrappers, command.Arguments[1],
            command.Arguments.Skip(2).ToArray(), command.Depth, command.Nested)
        {
            Separator = command.Separator,
            PrecededBy = command.PrecededBy,
        };
    }

    public static bool IsAptInstall(ShellCommand command) =>
        command.Is("apt-get", "apt") && command.Subcommand(AptValueOptions) == "install";

    public static bool IsApt(ShellCommand command, string subcommand) =>
        command.Is("apt-get", "apt") && command.Subcommand(AptValueOptions) == subcommand;

    public static IEnumerable<ShellWord> AptPackages(ShellCommand command) =>
        command.Positionals(AptValueOptions).Skip(1);

    public static bool IsApkAdd(ShellCommand command) =>
        command.Is("apk") && command.Subcommand(ApkValueOptions) == "add";

    public static IEnumerable<ShellWord> ApkPackages(ShellCommand command) =>
        command.Positionals(ApkValueOptions).Skip(1);

    public static bool IsPipInstall(ShellCommand command)
    {
        var pip = Unwrap(command);
        return pip.Program.StartsWith("pip", StringComparison.Ordinal) &&
            pip.Program.TrimStart('p', 'i').All(c => char.IsAsciiDigit(c) || c == '.') &&
            pip.Subcommand(PipValueOptions) == "install";
    }

    public static IEnumerable<ShellWord> PipPackages(ShellCommand command) =>
        Unwrap(command).Positionals(PipValueOptions).Skip(1);

    public static bool IsNpmInstall(ShellCommand command) =>
        command.Is("npm") && command.Subcommand(NpmValueOptions) is "install" or "i" or "add" or "isntall";

    public static IEnumerable<ShellWord> NpmPackages(ShellCommand command) =>
        command.Positionals(NpmValueOptions).Skip(1);

    public static bool IsYumInstall(ShellCommand command, params string[] managers) =>
        command.Is(managers) && command.Subcommand(YumValueOptions) is "install" or "groupinstall"
            or "localinstall";

    public static IEnumerable<ShellWord> YumPackages(ShellCommand command) =>
        command.Positionals(YumValueOptions).Skip(1);

    public static bool IsZypperInstall(ShellCommand command) =>
        command.Is("zypper") && command.Subcommand(ZypperValueOptions) is "install" or "in";

    public static IEnumerable<ShellWord> ZypperPackages(ShellCommand command) =>
        command.Positionals(ZypperValueOptions).Skip(1);

    /// <summary>Every package an OS package manager installs in a <c>RUN</c>, with the command.</summary>
    public static IEnumerable<(ShellCommand Command, string Package)> OsPackages(ShellScript script)
    {
        foreach (var command in script.Commands)
        {
            IEnumerable<ShellWord> packages = command switch
            {
                _ when IsAptInstall(command) => AptPackages(command),
                _ when IsApkAdd(command) => ApkPackages(command),
                _ when IsYumInstall(command, "yum", "dnf", "microdnf", "tdnf") => YumPackages(command),
                _ when IsZypperInstall(command) => ZypperPackages(command),
                _ => [],
            };
            foreach (var package in packages)
                yield return (command, BareName(package.Value));
        }
    }

    /// <summary>The package name without version pin or architecture (<c>gcc=4:12</c> to
    /// <c>gcc</c>).</summary>
    public static string BareName(string package)
    {
        var end = package.IndexOfAny(['=', '<', '>', '~', ':']);
        return end < 0 ? package : package[..end];
    }

    /// <summary>True for a word the shell expands at run time (it cannot be judged here).</summary>
    public static bool IsDynamic(ShellWord word) =>
        word.Value.Contains('$', StringComparison.Ordinal) || word.Value.Contains('`', StringComparison.Ordinal);

    /// <summary>True when an <c>rm</c> command removes the path recursively.</summary>
    public static bool RemovesRecursively(ShellCommand command, Func<string, bool> path) =>
        command.Is("rm") && command.HasOption("-r", "-R", "--recursive") &&
        command.Positionals().Any(p => path(p.Value));
}
