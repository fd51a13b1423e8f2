using System.Text.RegularExpressions;

namespace DockerMastery.Integration.Tests.Harness;

/// <summary>The few facts the tests read from a Dockerfile's text.</summary>
public static partial class DockerfileText
{
    /// <summary>The <c># syntax=</c> parser directive, or null.</summary>
    public static string? Syntax(string dockerfile)
    {
        foreach (var line in dockerfile.Split('\n'))
        {
            var directive = SyntaxDirective().Match(line);
            if (directive.Success)
                return directive.Groups[1].Value.Trim();
            if (!line.TrimStart().StartsWith('#'))
                return null;
        }

        return null;
    }

    /// <summary>The argument of the last USER instruction of the final stage, or null.</summary>
    public static string? FinalUser(string dockerfile)
    {
        string? user = null;
        foreach (var line in dockerfile.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase))
                user = null;
            else if (line.StartsWith("USER ", StringComparison.OrdinalIgnoreCase))
                user = line[5..].Trim();
        }

        return user;
    }

    /// <summary>True when the final stage declares a HEALTHCHECK other than NONE.</summary>
    public static bool FinalHasHealthcheck(string dockerfile)
    {
        var has = false;
        foreach (var line in dockerfile.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase))
                has = false;
            else if (line.StartsWith("HEALTHCHECK ", StringComparison.OrdinalIgnoreCase))
                has = !line.EndsWith(" NONE", StringComparison.OrdinalIgnoreCase);
        }

        return has;
    }

    /// <summary>The number of FROM instructions (stages).</summary>
    public static int StageCount(string dockerfile) =>
        dockerfile.Split('\n').Count(l => l.TrimStart().StartsWith("FROM ",
            StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^#\s*syntax\s*=\s*(\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SyntaxDirective();
}
