namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3044 : Rule
{
    public override string Id => "DL3044";
    public override Severity Severity => Severity.Error;
    public override string Title => "Do not refer to an environment variable within the same `ENV` statement where it is defined";
    public override string Checks => """
        Fires when a value in an `ENV` refers to a variable set earlier in the same `ENV`.
        Referring to a variable's previous value (`ENV PATH=/opt/bin:$PATH`) is fine.
        """;
    public override string Why => """
        All values of one `ENV` are expanded with the variables as they were before the
        instruction: `ENV A=1 B=$A` sets B to the old A (usually empty), not to 1.
        """;
    public override string Bad => """
        FROM alpine:3.20
        ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
        """;
    public override string Good => """
        FROM alpine:3.20
        ENV APP_HOME=/opt/app
        ENV APP_BIN=$APP_HOME/bin
        """;
    public override string Fix => "Split it: set the variable in one `ENV`, use it in the next.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var env in context.Of("ENV"))
        {
            for (var i = 1; i < env.Pairs.Count; i++)
            {
                var earlier = env.Pairs.Take(i).Select(p => p.Key).Where(k => k != env.Pairs[i].Key).ToHashSet(StringComparer.Ordinal);
                var used = Dockerfiles.VariableExpander.References(env.Pairs[i].Value ?? "").FirstOrDefault(earlier.Contains);
                if (used is not null)
                    yield return ReviewContext.At(env, $"{env.Pairs[i].Key} uses ${used}, which this same ENV sets.");
            }
        }
    }
}
