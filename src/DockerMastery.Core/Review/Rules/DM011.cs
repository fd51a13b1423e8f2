using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

internal sealed class DM011 : Rule
{
    private static readonly Dictionary<string, string> InsecureEnv = new(StringComparer.Ordinal)
    {
        ["NODE_TLS_REJECT_UNAUTHORIZED"] = "0",
        ["PYTHONHTTPSVERIFY"] = "0",
        ["GIT_SSL_NO_VERIFY"] = "",
        ["NPM_CONFIG_STRICT_SSL"] = "false",
        ["PIP_TRUSTED_HOST"] = "",
        ["CURL_CA_BUNDLE"] = "",
    };

    public override string Id => "DM011";
    public override Severity Severity => Severity.Error;
    public override string Title => "TLS certificate verification disabled";
    public override string Checks => """
        Fires on downloads that skip certificate checks: `curl -k`/`--insecure`,
        `wget --no-check-certificate`, `pip --trusted-host`, `npm`/`yarn` `strict-ssl false`,
        `git -c http.sslVerify=false`, and on `ENV`/`ARG` settings that turn verification off
        for every later step (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`,
        `GIT_SSL_NO_VERIFY`, `NPM_CONFIG_STRICT_SSL=false`, `PIP_TRUSTED_HOST`, an empty
        `CURL_CA_BUNDLE`).
        """;
    public override string Why => "Without verification anyone on the network path can substitute what the build downloads and executes: a supply-chain compromise baked into every image.";
    public override string Bad => """
        FROM debian:12-slim
        RUN curl -ksSLo /usr/local/bin/tool https://example.com/tool
        """;
    public override string Good => """
        FROM debian:12-slim
        RUN curl -fsSLo /usr/local/bin/tool https://example.com/tool
        """;
    public override string Fix => "Remove the flag or setting; if a private CA is involved, add its certificate (`COPY ca.crt /usr/local/share/ca-certificates/` and `update-ca-certificates`).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => IsInsecure(rc.Command)))
            yield return ReviewContext.At(run, command, $"'{command.Program}' runs with certificate verification off.");
        foreach (var instruction in context.Instructions.Where(i => i.Keyword is "ENV" or "ARG"))
        {
            foreach (var pair in instruction.Pairs.Where(p => InsecureEnv.TryGetValue(p.Key, out var bad) &&
                p.Value is not null && (bad.Length == 0 ? p.Key != "CURL_CA_BUNDLE" || p.Value.Length == 0 : string.Equals(p.Value, bad, StringComparison.OrdinalIgnoreCase))))
                yield return ReviewContext.At(instruction, $"{pair.Key} turns certificate verification off for later steps.");
        }
    }

    private static bool IsInsecure(ShellCommand command) => command.Program switch
    {
        "curl" => command.HasOption("-k", "--insecure"),
        "wget" => command.HasOption("--no-check-certificate"),
        "git" => command.OptionValues("-c").Any(v => v.StartsWith("http.sslVerify=false", StringComparison.OrdinalIgnoreCase)),
        "npm" or "yarn" or "pnpm" => command.Values.Contains("strict-ssl") && command.Values.Contains("false") ||
            command.HasOption("--strict-ssl=false"),
        _ => PackageCommands.IsPipInstall(command) && PackageCommands.Unwrap(command).HasOption("--trusted-host"),
    };
}
