using YamlDotNet.Core;

namespace DockerMastery.Core.Compose.Yaml;

/// <summary>A scalar: its text, whether it was quoted, and its explicit tag if any.</summary>
/// <param name="Position">Where the scalar starts.</param>
/// <param name="Value">The scalar's text after unquoting and folding.</param>
/// <param name="Style">How it was written (plain, single- or double-quoted, literal,
/// folded).</param>
/// <param name="Tag">An explicit tag such as <c>!!str</c>, or empty.</param>
public sealed record YamlSourceScalar(
    SourcePosition Position, string Value, ScalarStyle Style, string Tag)
    : YamlSourceNode(Position)
{
    /// <summary>True when written plain (unquoted, not a block scalar), so YAML resolves its
    /// type.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any && Tag.Length == 0;

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
