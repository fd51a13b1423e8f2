using System.Text.RegularExpressions;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// The Dockerfile steps of one build, read from BuildKit's plain progress output: each vertex
/// is announced as <c>#N [stage i/n] INSTRUCTION</c> and later ends as <c>#N CACHED</c> or
/// <c>#N DONE 1.2s</c>.
/// </summary>
public sealed partial class BuildProgress
{
    private BuildProgress(IReadOnlyList<BuildStep> steps)
    {
        Steps = steps;
    }

    /// <summary>Every Dockerfile step in the order BuildKit announced it.</summary>
    public IReadOnlyList<BuildStep> Steps { get; }

    /// <summary>Steps other than FROM (which only names a base image).</summary>
    public IEnumerable<BuildStep> Layers => Steps.Where(s => !s.IsFrom);

    public int CachedCount => Layers.Count(s => s.Cached);

    public int RanCount => Layers.Count(s => !s.Cached);

    public static BuildProgress Parse(string output)
    {
        var headers = new Dictionary<int, (string Stage, int Index, string Instruction)>();
        var cached = new HashSet<int>();
        var order = new List<int>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var header = HeaderLine().Match(line);
            if (header.Success)
            {
                var id = int.Parse(header.Groups["id"].Value);
                if (headers.TryAdd(id, (header.Groups["stage"].Value,
                        int.Parse(header.Groups["index"].Value), header.Groups["text"].Value)))
                {
                    order.Add(id);
                }

                continue;
            }

            var status = CachedLine().Match(line);
            if (status.Success)
                cached.Add(int.Parse(status.Groups["id"].Value));
        }

        return new BuildProgress(order
            .Select(id => new BuildStep(
                headers[id].Stage, headers[id].Index, headers[id].Instruction, cached.Contains(id)))
            .ToList());
    }

    /// <summary>
    /// Why a rebuild after a source change re-ran more than the source layers, or null when it
    /// did not: in every stage the first step that ran must be a COPY/ADD (the changed sources
    /// or a stage's output), and no dependency installation may run again.
    /// </summary>
    public string? SourceOnlyRebuildViolation()
    {
        if (RanCount == 0)
            return "nothing was rebuilt: the source change did not reach the build";

        foreach (var stage in Layers.GroupBy(s => s.Stage))
        {
            var firstRan = stage.OrderBy(s => s.Index).FirstOrDefault(s => !s.Cached);
            if (firstRan is not null && !firstRan.IsCopy)
                return $"stage '{stage.Key}' re-ran {firstRan} before any source COPY";
        }

        var dependencyStep = Layers.FirstOrDefault(s => !s.Cached && IsDependencyInstall(s));
        return dependencyStep is null
            ? null
            : $"a dependency layer ran again: {dependencyStep}";
    }

    private static bool IsDependencyInstall(BuildStep step) =>
        step.Instruction.StartsWith("RUN ", StringComparison.Ordinal)
        && DependencyCommand().IsMatch(step.Instruction);

    [GeneratedRegex(@"^#(?<id>\d+) \[(?:(?<stage>[^\]\s]+) )?(?<index>\d+)/\d+\] (?<text>.+)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^#(?<id>\d+) CACHED\s*$")]
    private static partial Regex CachedLine();

    [GeneratedRegex(
        @"\b(npm (ci|install)|pnpm install|yarn install|pip3? install|uv (sync|pip install)"
        + @"|poetry install|go mod download|cargo (chef cook|fetch)|dotnet restore"
        + @"|mvn\b.*dependency|gradle\b.*dependencies|apt-get install)\b")]
    private static partial Regex DependencyCommand();
}
