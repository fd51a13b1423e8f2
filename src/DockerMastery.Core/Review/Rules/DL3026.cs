namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3026 : Rule
{
    public override string Id => "DL3026";
    public override Severity Severity => Severity.Error;
    public override string Title => "Use only an allowed registry in the FROM image";
    public override string Checks => """
        Only when trusted registries are configured (`trustedRegistries` in `.hadolint.yaml`,
        `--trusted-registry`): fires on a base image, or a `COPY --from` image, from any other
        registry. Docker Hub images count as `docker.io`; stages and `scratch` are not judged.
        """;
    public override string Why => "Organisations vet and mirror base images; an image from elsewhere skips that supply-chain control.";
    public override string Bad => """
        FROM quay.io/someone/tool:1.0
        """;
    public override string Good => """
        FROM docker.io/library/alpine:3.20
        """;
    public override string Fix => "Pull the image through an allowed registry (or mirror it there).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var trusted = context.Options.TrustedRegistries;
        if (trusted.Count == 0)
            yield break;
        foreach (var stage in context.Document.Stages.Where(s => s.BaseStage is null && !s.IsScratch))
        {
            if (!IsTrusted(stage.ResolvedBaseImage, trusted))
                yield return ReviewContext.At(stage.From, $"'{stage.ResolvedBaseImage}' is not from a trusted registry.");
        }

        foreach (var copy in context.Of("COPY"))
        {
            var from = copy.Flag("from")?.Value;
            if (from is not null && from.IndexOfAny([':', '/', '@']) >= 0 && context.Document.FindStage(from) is null &&
                !IsTrusted(from, trusted))
                yield return ReviewContext.At(copy, $"'{from}' is not from a trusted registry.");
        }
    }

    private static bool IsTrusted(string image, IReadOnlyList<string> trusted)
    {
        if (image.Contains('$', StringComparison.Ordinal))
            return true;
        var registry = ImageName.Parse(image).Registry ?? "docker.io";
        return trusted.Any(t => string.Equals(t, registry, StringComparison.OrdinalIgnoreCase) ||
            (t.StartsWith("*.", StringComparison.Ordinal) && registry.EndsWith(t[1..], StringComparison.OrdinalIgnoreCase)) ||
            (t is "docker.io" or "index.docker.io" or "registry-1.docker.io" && registry is "docker.io" or "index.docker.io" or "registry-1.docker.io"));
    }
}
