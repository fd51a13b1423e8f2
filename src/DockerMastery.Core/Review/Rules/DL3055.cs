namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3055 : LabelTypeRule
{
    public override string Id => "DL3055";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Label `<label>` is not a valid full git commit hash";
    protected override string LabelType => "hash";
    public override string Checks => """
        Only with a label schema (`label-schema:` in `.hadolint.yaml`): fires on a `LABEL`
        value of a label the schema types as `hash` that is not a valid full git commit hash. Values built
        from variables are not judged.
        """;
    public override string Why => "Tools that read image labels (registries, scanners, SBOM generators) drop or misread malformed values.";
    public override string Bad => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.revision="main"
        """;
    public override string Good => """
        FROM alpine:3.20
        LABEL org.opencontainers.image.revision="3f786850e387550fdab836ed7e6dc881de23001b"
        """;
    public override string Fix => "Write a valid full git commit hash.";

    protected override bool IsValid(string value) => IsGitHash(value);
}
