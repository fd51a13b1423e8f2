using System.Text;
using DockerMastery.Core.Tiers;
using DockerMastery.Mcp.Completions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace DockerMastery.Mcp.Prompts;

/// <summary>Checks prompt arguments and builds the messages the prompts return.</summary>
internal static class PromptText
{
    public const int MaxDockerfileBytes = 1024 * 1024;

    public static GetPromptResult User(string description, string text) => new()
    {
        Description = description,
        Messages =
        [
            new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = text } },
        ],
    };

    public static string Dockerfile(string? dockerfile)
    {
        if (string.IsNullOrWhiteSpace(dockerfile))
            throw new McpException("dockerfile: is empty; pass the Dockerfile's text");

        var bytes = Encoding.UTF8.GetByteCount(dockerfile);
        if (bytes > MaxDockerfileBytes)
            throw new McpException($"dockerfile: is {bytes} bytes; at most {MaxDockerfileBytes}");
        return dockerfile;
    }

    /// <summary>A fenced block that no backtick run inside the text can close early.</summary>
    public static string Fenced(string info, string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{info}\n{text.TrimEnd('\n')}\n{fence}";
    }

    public static int? Tier(string? tier)
    {
        if (string.IsNullOrWhiteSpace(tier))
            return null;
        if (int.TryParse(tier.Trim(), out var value) && value is >= 1 and <= 4)
            return value;
        throw new McpException($"tier: '{Shorten(tier)}' is not 1, 2, 3 or 4");
    }

    public static string? Word(string argument, string? value, IEnumerable<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var key = TierVocabulary.Normalize(value);
        var words = allowed.ToArray();
        if (!words.Contains(key, StringComparer.Ordinal))
        {
            throw new McpException(
                $"{argument}: '{Shorten(value)}' is not one of: {string.Join(", ", words)}");
        }

        return key;
    }

    public static string? Language(string? language) =>
        Word("language", language, ArgumentCompletions.Languages);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
