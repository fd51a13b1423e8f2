namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC106: a <c>$</c> that is not a valid interpolation.</summary>
public sealed class DC106InvalidInterpolation : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC106";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "invalid interpolation";

    /// <inheritdoc />
    public override string Rationale =>
        "Compose reads every $ in the file as the start of a variable; a shell expression such " +
        "as $(cat file) or an unclosed ${ makes Compose refuse the whole file.";

    /// <inheritdoc />
    public override string Fix => "Write $$ where the dollar is meant for the container's shell.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          cache:
            image: redis:8.2-trixie
            command: ["sh", "-c", "redis-server --requirepass $(cat /run/secrets/redis)"]
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          cache:
            image: redis:8.2-trixie
            command: ["sh", "-c", "redis-server --requirepass $$(cat /run/secrets/redis)"]
        """;

    /// <inheritdoc />
    public override IEnumerable<ComposeFinding> Check(ComposeFile file)
    {
        foreach (var scalar in file.Values())
        {
            if (Interpolation.Scan(scalar.Value).Any(u => u.Kind == Interpolation.UseKind.Invalid))
            {
                yield return Finding(scalar, null,
                    $"'{Shorten(scalar.Value)}' has a $ that is not a valid interpolation");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
