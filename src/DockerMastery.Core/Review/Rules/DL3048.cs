using System.Text.RegularExpressions;

namespace DockerMastery.Core.Review.Rules;

internal sealed partial class DL3048 : Rule
{
    public override string Id => "DL3048";
    public override Severity Severity => Severity.Style;
    public override string Title => "Invalid Label Key";
    public override string Checks => """
        Fires on a `LABEL` key that is not lower-case letters, digits, `.` and `-` starting and
        ending with a letter or digit without doubled separators, or that uses a namespace
        reserved by Docker (`com.docker.`, `io.docker.`, `org.dockerproject.`).
        """;
    public override string Why => "Docker's label guidelines reserve those namespaces and ask for reverse-DNS lower-case keys that every tool can read.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL Maintainer..Name="jane"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.authors="jane@example.com"
        """;
    public override string Fix => "Use a reverse-DNS lower-case key such as `org.opencontainers.image.title` or `com.example.team`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var label in context.Of("LABEL"))
        {
            foreach (var pair in label.Pairs.Where(p => !IsValidKey(p.Key)))
                yield return ReviewContext.At(label, $"Label key '{pair.Key}' is invalid.");
        }
    }

    private static bool IsValidKey(string key) =>
        key.Contains('$', StringComparison.Ordinal) ||
        (Key().IsMatch(key) && !key.StartsWith("com.docker.", StringComparison.Ordinal) &&
         !key.StartsWith("io.docker.", StringComparison.Ordinal) && !key.StartsWith("org.dockerproject.", StringComparison.Ordinal));

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9]|[.-](?![.-]))*[a-z0-9]$|^[a-z0-9]$", RegexOptions.None, 250)]
    private static partial Regex Key();
}
