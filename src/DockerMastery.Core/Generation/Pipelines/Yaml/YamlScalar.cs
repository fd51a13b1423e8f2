using System.Globalization;

namespace DockerMastery.Core.Generation.Pipelines.Yaml;

/// <summary>A string, number or boolean, or a literal block of text.</summary>
internal sealed class YamlScalar(string text, YamlScalarStyle style = YamlScalarStyle.Text)
    : YamlNode
{
    public string Text { get; } = text;

    public YamlScalarStyle Style { get; } = style;

    public static YamlScalar Of(bool value) => new(value ? "true" : "false", YamlScalarStyle.Typed);

    public static YamlScalar Of(int value) =>
        new(value.ToString(CultureInfo.InvariantCulture), YamlScalarStyle.Typed);

    public static YamlScalar Block(string text) => new(text, YamlScalarStyle.Literal);
}
