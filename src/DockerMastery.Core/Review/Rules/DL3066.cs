namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3066 : Rule
{
    public override string Id => "DL3066";
    public override Severity Severity => Severity.Info;
    public override string Title => "Non-numeric user-id may not be resolvable by host system";
    public override string Checks => "Fires on `USER` with a name instead of a numeric UID (the group part is not judged; variables are not judged).";
    public override string Why => """
        Kubernetes' `runAsNonRoot` can only verify a numeric UID, and file ownership on volumes
        is by number: a name means nothing outside the image's /etc/passwd.
        """;
    public override string Bad => """
        FROM node:22-alpine
        USER node
        """;
    public override string Good => """
        FROM node:22-alpine
        USER 1000:1000
        """;
    public override string Fix => "Write the numeric UID (and GID): `USER 10001:10001`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var user in context.Of("USER"))
        {
            var name = user.Body.Split(':')[0].Trim();
            if (name.Length > 0 && !name.All(char.IsAsciiDigit) && !name.Contains('$', StringComparison.Ordinal))
                yield return ReviewContext.At(user, $"USER '{name}' is a name, not a numeric UID.");
        }
    }
}
