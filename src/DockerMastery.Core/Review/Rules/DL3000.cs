namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3000 : Rule
{
    public override string Id => "DL3000";
    public override Severity Severity => Severity.Error;
    public override string Title => "Use absolute WORKDIR";
    public override string Checks => """
        Fires on a `WORKDIR` whose path is relative. Paths starting with `/`, a Windows drive
        (`C:\`) or a variable (`$HOME`) are accepted.
        """;
    public override string Why => """
        A relative `WORKDIR` resolves against whatever directory the base image left behind;
        when the base changes, files land somewhere else and the image breaks silently.
        """;
    public override string Bad => """
        FROM node:22-alpine
        WORKDIR app
        """;
    public override string Good => """
        FROM node:22-alpine
        WORKDIR /app
        """;
    public override string Fix => "Write the full path: `WORKDIR /app`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("WORKDIR").Where(w => !IsAbsolute(Unquote(w.Body)))
            .Select(w => ReviewContext.At(w, $"WORKDIR '{w.Body}' is relative."));

    internal static string Unquote(string path) => path.Trim().Trim('"', '\'');

    internal static bool IsAbsolute(string path) =>
        path.Length == 0 || path[0] is '/' or '$' or '\\' ||
        (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
