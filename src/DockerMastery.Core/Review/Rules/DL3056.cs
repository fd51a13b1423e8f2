namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3056 : LabelTypeRule
{
    public override string Id => "DL3056";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid semantic version";
    protected override string LabelType => "semver";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `semver` that is not a valid semantic version. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.version="version one"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.version="1.4.2"
        """;
    public override string Fix => "Write a valid semantic version.";

    protected override bool IsValid(string value) => IsSemver(value);
}
