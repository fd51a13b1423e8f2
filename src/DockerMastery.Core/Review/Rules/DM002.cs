using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DM002 : Rule
{
    private static readonly HashSet<string> Toolchains =
    [
        "build-essential", "gcc", "g++", "gfortran", "clang", "llvm", "make", "cmake", "autoconf",
        "automake", "libtool", "golang", "golang-go", "go", "rustc", "cargo", "maven", "gradle",
        "default-jdk", "openjdk-17-jdk", "openjdk-21-jdk", "build-base", "alpine-sdk", "musl-dev",
        "gcc-c++", "kernel-devel", "dotnet-sdk-8.0", "dotnet-sdk-9.0", "dotnet-sdk-10.0",
    ];

    private static readonly string[] ToolchainImages =
        ["golang", "rust", "maven", "gradle", "gcc", "dotnet/sdk", "openjdk"];

    public override string Id => "DM002";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Build toolchain in the final image";
    public override string Checks => """
        Fires when the image that ships carries a compiler or build toolchain: the final stage is
        built on a toolchain image (golang, rust, maven, gradle, gcc, dotnet/sdk, a JDK), or a
        shipped stage installs toolchain packages (build-essential, gcc, make, cmake, cargo,
        build-base, ...) and does not remove them again in the same `RUN` (`apt-get purge`,
        `apk del` of the `--virtual` group).
        """;
    public override string Why => """
        Compilers multiply the image size (a Go SDK image is ~800 MB, the binary ~15 MB), add
        hundreds of packages for scanners to flag, and hand an intruder the tools to build their
        own. A multi-stage build compiles in one stage and ships only the result.
        """;
    public override string Bad => """
        FROM golang:1.23
        WORKDIR /src
        COPY . .
        RUN go build -o /app .
        CMD ["/app"]
        """;
    public override string Good => """
        FROM golang:1.23 AS build
        WORKDIR /src
        COPY . .
        RUN CGO_ENABLED=0 go build -o /app .

        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /app /app
        CMD ["/app"]
        """;
    public override string Fix => "Split the build into a builder stage with the toolchain and a final stage on a slim or distroless base that copies only the built artifacts (`COPY --from=build`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var final = context.Document.FinalStage;
        if (final is null)
            yield break;

        var root = context.ShippedStages.Last();
        var image = ImageName.Parse(root.ResolvedBaseImage);
        var isSdkTag = image.Tag?.Contains("jdk", StringComparison.OrdinalIgnoreCase) == true &&
            !image.Tag.Contains("jre", StringComparison.OrdinalIgnoreCase);
        if (root.BaseStage is null && (ToolchainImages.Any(t => image.Repository.EndsWith(t, StringComparison.Ordinal)) ||
            (image.Repository.EndsWith("eclipse-temurin", StringComparison.Ordinal) && isSdkTag)))
        {
            yield return ReviewContext.At(root.From,
                $"The shipped image is built on the toolchain image '{root.ResolvedBaseImage}'.");
        }

        foreach (var run in context.Of("RUN").Where(r => r.Script is not null && context.Ships(r.StageIndex)))
        {
            var removed = Removed(run.Script!);
            foreach (var (command, package) in PackageCommands.OsPackages(run.Script!))
            {
                if (!Toolchains.Contains(package) || removed.Contains(package) || InVirtualGroup(command, removed))
                    continue;
                yield return ReviewContext.At(run, command,
                    $"'{package}' is installed in the image that ships and never removed.");
            }
        }
    }

    private static HashSet<string> Removed(ShellScript script)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in script.Commands)
        {
            if (command.Is("apt-get", "apt", "yum", "dnf") &&
                command.Subcommand(PackageCommands.AptValueOptions) is "purge" or "remove" or "autoremove")
                removed.UnionWith(command.Positionals(PackageCommands.AptValueOptions).Skip(1).Select(w => w.Value));
            if (command.Is("apk") && command.Subcommand(PackageCommands.ApkValueOptions) == "del")
                removed.UnionWith(command.Positionals(PackageCommands.ApkValueOptions).Skip(1).Select(w => w.Value));
        }

        return removed;
    }

    private static bool InVirtualGroup(ShellCommand command, HashSet<string> removed) =>
        command.Is("apk") && command.OptionValue("--virtual", "-t") is { } group && removed.Contains(group);
}
