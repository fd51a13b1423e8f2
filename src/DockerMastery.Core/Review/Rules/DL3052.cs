namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3052 : LabelTypeRule
{
    public override string Id => "DL3052";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid URL";
    protected override string LabelType => "url";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `url` that is not a valid URL. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="github.com/acme/app"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.source="https://github.com/acme/app"
        """;
    public override string Fix => "Write a valid URL.";

    protected override bool IsValid(string value) => IsUrl(value);
}
