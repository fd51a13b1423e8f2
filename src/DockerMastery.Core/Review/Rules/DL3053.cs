namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3053 : LabelTypeRule
{
    public override string Id => "DL3053";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid RFC 3339 date-time";
    protected override string LabelType => "rfc3339";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `rfc3339` that is not a valid RFC 3339 date-time. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.created="04/12/2026"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.created="2026-12-04T16:00:00Z"
        """;
    public override string Fix => "Write a valid RFC 3339 date-time.";

    protected override bool IsValid(string value) => IsRfc3339(value);
}
