namespace DockerMastery.Core.Review.Rules;

internal sealed class SecretsUsedInArgOrEnv : Rule
{
    private static readonly string[] SecretWords =
        ["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];

    // Words that make a name public by nature (a GPG key id, a public key, a path to a secret).
    private static readonly string[] PublicWords = ["public", "gpg", "pgp", "file", "path", "dir", "id", "url", "name", "user", "username"];

    public override string Id => "SecretsUsedInArgOrEnv";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["DL3064"];
    public override string Title => "Sensitive data should not be used in ARG or ENV";
    public override string Checks => """
        Fires on `ARG` and `ENV` names made of words such as password, secret, token, key,
        auth, credential, apikey (split at `_`, `-` and case changes). Names that only point at
        a secret or are public by nature (`*_FILE`, `*_PATH`, `GPG_KEY`, `PUBLIC_KEY`, `*_ID`)
        are left alone.
        """;
    public override string Why => """
        Build arguments and environment values are stored in the image config and its history:
        anyone who can pull the image can read them with `docker history` or `docker inspect`.
        """;
    public override string Bad => """
        FROM alpine:3.20
        ARG NPM_TOKEN
        ENV DB_PASSWORD=hunter2
        """;
    public override string Good => """
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ENV DB_PASSWORD_FILE=/run/secrets/db_password
        RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
        """;
    public override string Fix => "Pass build-time secrets with `RUN --mount=type=secret,id=...` (`docker build --secret`), and runtime secrets through the orchestrator's secrets (files under /run/secrets, `*_FILE` variables).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => i.Keyword is "ARG" or "ENV"))
        {
            foreach (var pair in instruction.Pairs.Where(p => IsSecretName(p.Key)))
            {
                yield return ReviewContext.At(instruction,
                    $"{instruction.Keyword} '{pair.Key}' looks like a secret; it is stored in the image history.");
            }
        }
    }

    internal static bool IsSecretName(string name)
    {
        var words = Words(name);
        return words.Any(w => SecretWords.Contains(w)) && !words.Any(w => PublicWords.Contains(w));
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = c is '_' or '-' or '.' ||
                (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }

            if (c is not ('_' or '-' or '.'))
                current.Append(c);
        }

        if (current.Length > 0)
            words.Add(current.ToString().ToLowerInvariant());
        return words;
    }
}
