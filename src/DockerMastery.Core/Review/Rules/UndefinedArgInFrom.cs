namespace DockerMastery.Core.Review.Rules;

internal sealed class UndefinedArgInFrom : Rule
{
    private static readonly HashSet<string> Predefined =
    [
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS",
        "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE", "BUILDKIT_SYNTAX",
    ];

    public override string Id => "UndefinedArgInFrom";
    public override Severity Severity => Severity.Warning;
    public override string Title => "FROM command must use declared ARGs";
    public override string Checks => "Fires on a `FROM` (image or `--platform`) that uses a variable no `ARG` before the first `FROM` declares (BuildKit's predefined platform arguments excepted).";
    public override string Why => "An undeclared variable expands to nothing: `FROM python:${VERSION}-slim` becomes `python:-slim` and the build fails or pulls the wrong image.";
    public override string Bad => """
        FROM python:${PY_VERSION}-slim
        """;
    public override string Good => """
        ARG PY_VERSION=3.13
        FROM python:${PY_VERSION}-slim
        """;
    public override string Fix => "Declare the argument with `ARG NAME=default` before the first `FROM`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var declared = context.Document.GlobalArgs.SelectMany(a => a.Pairs).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in context.Document.Stages)
        {
            var used = Dockerfiles.VariableExpander.References(stage.BaseImage + " " + (stage.Platform ?? ""));
            foreach (var name in used.Where(n => !declared.Contains(n) && !Predefined.Contains(n)).Distinct())
                yield return ReviewContext.At(stage.From, $"FROM uses ${name}, which no ARG before the first FROM declares.");
        }
    }
}
