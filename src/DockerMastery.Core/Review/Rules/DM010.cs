namespace DockerMastery.Core.Review.Rules;

internal sealed class DM010 : Rule
{
    public override string Id => "DM010";
    public override Severity Severity => Severity.Warning;
    public override IReadOnlyList<string> Aliases => ["CKV_DOCKER_1", "DS004"];
    public override string Title => "SSH port 22 exposed";
    public override string Checks => "Fires on `EXPOSE 22` (alone, with a protocol, or inside a range). Same check as Checkov CKV_DOCKER_1 and Trivy DS004.";
    public override string Why => "An SSH server in a container is a second way in with its own credentials and patches; containers are entered with `docker exec` or `kubectl exec`.";
    public override string Bad => """
        FROM debian:12-slim
        EXPOSE 22 8080
        """;
    public override string Good => """
        FROM debian:12-slim
        EXPOSE 8080
        """;
    public override string Fix => "Remove the SSH server and port 22; use `docker exec` / `kubectl exec` for access.";

    public override IEnumerable<RuleHit> Check(ReviewContext context) =>
        context.Of("EXPOSE").Where(e => e.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Covers22))
            .Select(e => ReviewContext.At(e, "Port 22 (SSH) is exposed."));

    private static bool Covers22(string port)
    {
        var number = port.Split('/')[0];
        var range = number.Split('-');
        return range.Length == 2 && int.TryParse(range[0], out var low) && int.TryParse(range[1], out var high)
            ? low <= 22 && 22 <= high
            : number == "22";
    }
}
