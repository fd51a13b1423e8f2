using System.Text.RegularExpressions;

namespace DockerMastery.Core.Review.Rules;

internal sealed partial class DM015 : Rule
{
    public override string Id => "DM015";
    public override Severity Severity => Severity.Error;
    public override string Title => "Credentials written into a URL";
    public override string Checks => "Fires on `user:password@` inside a URL in `ENV`, `ARG`, `RUN`, `ADD` or `LABEL` (a variable as the password, `$TOKEN`, counts too: it lands in the layer or history).";
    public override string Why => "The instruction text is stored in the image history and the password in the layer: anyone who can pull the image reads it.";
    public override string Bad => """
        FROM alpine:3.20
        RUN git clone https://deploy:s3cret@git.example.com/team/app.git /src
        """;
    public override string Good => """
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN --mount=type=secret,id=git_auth,target=/root/.git-credentials \
            git -c credential.helper=store clone https://git.example.com/team/app.git /src
        """;
    public override string Fix => "Pass credentials as a build secret (`RUN --mount=type=secret`, `docker build --secret`) or an SSH mount (`--mount=type=ssh`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Instructions.Select(i => i.Trigger ?? i)
            .Where(i => i.Keyword is "ENV" or "ARG" or "RUN" or "ADD" or "LABEL" && UrlWithPassword().IsMatch(i.Body))
            .Select(i => ReviewContext.At(i, "A URL carries a user name and password."));

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/:@""']+:[^\s/@""']+@", RegexOptions.None, 250)]
    private static partial Regex UrlWithPassword();
}
