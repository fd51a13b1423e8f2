using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class UndefinedVar : Rule
{
    private static readonly HashSet<string> Known =
    [
        "PATH", "HOME", "HOSTNAME", "TERM", "PWD", "SHELL", "USER", "LANG", "BUILDPLATFORM",
        "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH",
        "TARGETVARIANT", "TARGETSTAGE", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY",
        "ALL_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy",
    ];

    public override string Id => "UndefinedVar";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Variables should be defined before their use";
    public override string Checks => """
        Fires when `COPY`, `ADD`, `ENV`, `LABEL`, `WORKDIR`, `USER`, `EXPOSE`, `VOLUME` or
        `STOPSIGNAL` use a variable that no `ARG` or `ENV` of the stage (or a stage it builds
        on) defines before it. Variables a base image may set (`PATH`, `HOME`, ...) and
        BuildKit's platform arguments are known. `RUN` is left to the shell.
        """;
    public override string Why => "The builder expands an unknown variable to nothing: `COPY app /opt/$APP_DIR/` copies to `/opt/` without a word.";
    public override string Bad => """
        FROM alpine:3.20
        COPY app /opt/$APP_DIR/
        """;
    public override string Good => """
        FROM alpine:3.20
        ARG APP_DIR=app
        COPY app /opt/$APP_DIR/
        """;
    public override string Fix => "Declare the variable with `ARG` or `ENV` before its first use (a global `ARG` must be declared again inside the stage).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var defined = new HashSet<string>(Known, StringComparer.Ordinal);
            for (var s = stage; s.BaseStage is { } b && defined.Count < 10_000;)
            {
                s = context.Document.Stages[b];
                foreach (var pair in s.Instructions.Where(i => i.Keyword is "ARG" or "ENV").SelectMany(i => i.Pairs))
                    defined.Add(pair.Key);
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Keyword is "COPY" or "ADD" or "ENV" or "LABEL" or "WORKDIR" or "USER" or "EXPOSE" or "VOLUME" or "STOPSIGNAL" && instruction.Heredocs.Count == 0)
                {
                    var text = instruction.Keyword is "ENV" or "LABEL"
                        ? string.Join(' ', instruction.Pairs.Select(p => p.Value))
                        : instruction.Body;
                    foreach (var name in VariableExpander.References(Unescaped(text)).Where(n => !defined.Contains(n)).Distinct())
                        yield return ReviewContext.At(instruction, $"${name} is not defined before this {instruction.Keyword}.");
                }

                if (instruction.Keyword is "ARG" or "ENV")
                {
                    foreach (var pair in instruction.Pairs)
                        defined.Add(pair.Key);
                }
            }
        }
    }

    // An escaped dollar is literal text, not a variable.
    private static string Unescaped(string text) => text.Replace("\\$", "", StringComparison.Ordinal);
}
