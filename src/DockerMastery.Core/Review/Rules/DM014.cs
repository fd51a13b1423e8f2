namespace DockerMastery.Core.Review.Rules;

internal sealed class DM014 : Rule
{
    public override string Id => "DM014";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Remote ADD without --checksum";
    public override string Checks => "Fires on `ADD` of an `http(s)://` URL without `--checksum=sha256:...`.";
    public override string Why => "Without a checksum the build trusts whatever the server returns today; a changed or compromised file goes into the image unnoticed.";
    public override string Bad => """
        FROM alpine:3.20
        ADD https://example.com/tool-1.2.3.tar.gz /opt/
        """;
    public override string Good => """
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/tool-1.2.3.tar.gz /opt/
        """;
    public override string Fix => "Add `--checksum=sha256:<digest of the file>` (Dockerfile syntax 1.6+), or download in a `RUN` and verify with `sha256sum -c`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("ADD").Where(a => a.Flag("checksum") is null &&
                DL3020.Sources(a, context.Document.EscapeCharacter).Any(s =>
                    s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            .Select(a => ReviewContext.At(a, "ADD downloads a URL without verifying its checksum."));
}
