namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3054 : LabelTypeRule
{
    public override string Id => "DL3054";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid SPDX license expression";
    protected override string LabelType => "spdx";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `spdx` that is not a valid SPDX license expression. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.licenses="Apache 2"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.licenses="Apache-2.0 OR MIT"
        """;
    public override string Fix => "Write a valid SPDX license expression.";

    protected override bool IsValid(string value) => IsSpdx(value);
}
