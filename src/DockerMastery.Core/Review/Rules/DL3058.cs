namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3058 : LabelTypeRule
{
    public override string Id => "DL3058";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid RFC 5322 email address";
    protected override string LabelType => "email";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `email` that is not a valid RFC 5322 email address. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL maintainer="Jane Doe"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL maintainer="jane@example.com"
        """;
    public override string Fix => "Write a valid RFC 5322 email address.";

    protected override bool IsValid(string value) => IsEmail(value);
}
