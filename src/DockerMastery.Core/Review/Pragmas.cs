using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review;

/// <summary>Suppression comments: <c># hadolint ignore=DL3008,DL3015</c> for the next
/// instruction, <c># hadolint global ignore=...</c> for the file, and the same with
/// <c>docker-mastery</c> in place of <c>hadolint</c>.</summary>
internal sealed class Pragmas
{
    private static readonly string[] Prefixes = ["hadolint", "docker-mastery"];
    private readonly HashSet<string> global = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int StartLine, int EndLine, HashSet<string> Ids)> local = [];

    public Pragmas(DockerfileDocument document)
    {
        foreach (var comment in document.Comments)
        {
            var (isGlobal, ids) = Read(comment.Text);
            if (ids is null)
                continue;
            if (isGlobal)
            {
                global.UnionWith(ids);
                continue;
            }

            var target = document.Instructions.FirstOrDefault(i =>
                (i.Line < comment.Line && comment.Line < i.EndLine) || i.Line > comment.Line);
            if (target is not null)
                local.Add((target.Line, target.EndLine, new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase)));
        }
    }

    /// <summary>True when a pragma suppresses <paramref name="ids"/> at <paramref name="line"/>.</summary>
    public bool Suppresses(IEnumerable<string> ids, int line)
    {
        var all = ids.ToArray();
        return all.Any(global.Contains) ||
            local.Any(l => l.StartLine <= line && line <= l.EndLine && all.Any(l.Ids.Contains));
    }

    /// <summary>Reads a comment; ids is null when it is no ignore pragma.</summary>
    internal static (bool Global, string[]? Ids) Read(string comment)
    {
        foreach (var prefix in Prefixes)
        {
            if (!comment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                continue;
            var rest = comment[prefix.Length..].TrimStart();
            var isGlobal = rest.StartsWith("global", StringComparison.OrdinalIgnoreCase);
            if (isGlobal)
                rest = rest["global".Length..].TrimStart();
            if (!rest.StartsWith("ignore", StringComparison.OrdinalIgnoreCase))
                return (false, null);
            rest = rest["ignore".Length..].TrimStart();
            if (!rest.StartsWith('='))
                return (false, null);
            var ids = rest[1..].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return (isGlobal, ids);
        }

        return (false, null);
    }
}
