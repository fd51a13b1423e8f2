using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DM009 : Rule
{
    public override string Id => "DM009";
    public override Severity Severity => Severity.Warning;
    public override string Title => "The whole build context is copied before the dependency install";
    public override string Checks => """
        Fires on a `COPY .` (or `ADD .`) of the whole context that comes before a dependency
        install in the same stage (`npm ci`, `yarn install`, `pnpm install`,
        `pip install -r`, `poetry install`, `uv sync`, `go mod download`, `bundle install`,
        `composer install`, `dotnet restore`, `mvn dependency:go-offline`, `cargo fetch`)
        when that install did not already run on the manifests alone earlier in the stage.
        """;
    public override string Why => """
        Docker reuses a layer only while everything before it is unchanged. With the whole
        source copied first, every edit to any file re-downloads every dependency: minutes per
        build instead of seconds.
        """;
    public override string Bad => """
        FROM node:22-alpine
        WORKDIR /app
        COPY . .
        RUN npm ci
        """;
    public override string Good => """
        FROM node:22-alpine
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        """;
    public override string Fix => "Copy only the dependency manifests and lockfiles first, install, then `COPY . .` the rest of the source.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            Instruction? contextCopy = null;
            var installedBefore = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instruction in stage.Instructions)
            {
                if (contextCopy is null && instruction.Keyword is "COPY" or "ADD" &&
                    instruction.Flag("from") is null && instruction.Heredocs.Count == 0 &&
                    DL3020.Sources(instruction, context.Document.EscapeCharacter).Any(s => s is "." or "./" or "./*" or "*"))
                {
                    contextCopy = instruction;
                    continue;
                }

                if (instruction.Script is null)
                    continue;
                foreach (var command in instruction.Script.Commands)
                {
                    var kind = DependencyInstall(command);
                    if (kind is null)
                        continue;
                    if (contextCopy is null)
                    {
                        installedBefore.Add(kind);
                    }
                    else if (!installedBefore.Contains(kind))
                    {
                        yield return ReviewContext.At(contextCopy,
                            $"COPY of the whole context comes before '{command}' (line {instruction.Line}): every source change re-installs the dependencies.");
                        installedBefore.Add(kind);
                    }
                }
            }
        }
    }

    internal static string? DependencyInstall(ShellCommand command)
    {
        var sub = command.Subcommand();
        return command.Program switch
        {
            "npm" when sub is "ci" || (sub is "install" or "i" && command.Positionals().Count() == 1) => "npm",
            "yarn" when sub is null or "install" => "yarn",
            "pnpm" when sub is "install" or "i" && command.Positionals().Count() == 1 => "pnpm",
            "poetry" when sub == "install" => "poetry",
            "uv" when sub == "sync" => "uv",
            "go" when sub == "mod" && command.Positionals().Skip(1).FirstOrDefault()?.Value == "download" => "go",
            "bundle" when sub is "install" or null => "bundle",
            "composer" when sub == "install" => "composer",
            "dotnet" when sub == "restore" => "dotnet",
            "mvn" or "mvnw" or "./mvnw" when command.Values.Any(v => v.StartsWith("dependency:", StringComparison.Ordinal)) => "maven",
            "cargo" when sub == "fetch" => "cargo",
            _ when PackageCommands.IsPipInstall(command) &&
                PackageCommands.Unwrap(command).HasOption("-r", "--requirement") => "pip",
            _ => null,
        };
    }
}
