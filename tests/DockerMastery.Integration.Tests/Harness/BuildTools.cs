using System.Text.RegularExpressions;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>
/// Build tools a final image must not carry. From tier 2 the final stage is a runtime stage:
/// no compiler or SDK. From tier 3 it is distroless-like: no package manager either.
/// </summary>
public static partial class BuildTools
{
    /// <summary>The paths in <paramref name="paths"/> that the tier forbids, sorted.</summary>
    public static IReadOnlyList<string> Forbidden(IReadOnlySet<string> paths, int tier)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (tier >= 2 && Compiler().IsMatch(path))
                found.Add(path);
            else if (tier >= 3 && PackageManager().IsMatch(path))
                found.Add(path);
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    [GeneratedRegex(
        @"^(/usr/local/go/bin/go|/usr/lib/go-[\d.]+/bin/go"
        + @"|(/usr)?(/local)?/s?bin/(go|gcc(-\d+)?|cc|c\+\+|g\+\+(-\d+)?|rustc|cargo|javac|mvn|gradle|make)"
        + @"|/usr/local/cargo/bin/(cargo|rustc)|/usr/lib/jvm/[^/]+/bin/javac"
        + @"|/usr/share/dotnet/sdk|/usr/lib/dotnet/sdk)$")]
    private static partial Regex Compiler();

    [GeneratedRegex(
        @"^((/usr)?(/local)?/s?bin/(pip\d?(\.\d+)?|npm|npx|yarn|pnpm|uv|poetry|pipenv|apt|apt-get|dpkg|gem)"
        + @"|/nodejs/bin/npm|/usr/(lib|share)/node_modules/npm|/usr/share/nodejs/npm)$")]
    private static partial Regex PackageManager();
}
