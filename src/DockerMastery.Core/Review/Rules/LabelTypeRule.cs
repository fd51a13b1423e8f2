using System.Globalization;
using System.Text.RegularExpressions;

namespace DockerMastery.Core.Review.Rules;

/// <summary>The shared check of hadolint's typed-label rules (DL3052-DL3058): every label the
/// label schema gives type <see cref="LabelType"/> must hold a valid value of that type.</summary>
internal abstract partial class LabelTypeRule : Rule
{
    // Common SPDX identifiers; LicenseRef-* and the WITH/AND/OR grammar are accepted too.
    // A short list, not the full SPDX registry: rare identifiers are reported as invalid.
    private static readonly HashSet<string> Spdx = new(StringComparer.OrdinalIgnoreCase)
    {
        "0BSD", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0",
        "Artistic-2.0", "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0",
        "CC0-1.0", "CDDL-1.0", "EPL-1.0", "EPL-2.0", "EUPL-1.2", "GPL-2.0-only",
        "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.1-only",
        "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-2.0",
        "MS-PL", "NCSA", "OpenSSL", "PostgreSQL", "Python-2.0", "Unlicense", "UPL-1.0", "WTFPL",
        "Zlib", "GPL-2.0", "GPL-3.0", "LGPL-2.1", "LGPL-3.0", "AGPL-3.0", "Classpath-exception-2.0",
        "LLVM-exception", "BUSL-1.1", "Elastic-2.0", "SSPL-1.0",
    };

    protected abstract string LabelType { get; }

    protected abstract bool IsValid(string value);

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var typed = context.Options.LabelSchema.Where(l => l.Value == LabelType).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var label in context.Of("LABEL"))
        {
            foreach (var pair in label.Pairs.Where(p => typed.Contains(p.Key) && !string.IsNullOrEmpty(p.Value) &&
                !p.Value.Contains('$', StringComparison.Ordinal) && !IsValid(p.Value)))
                yield return ReviewContext.At(label, $"Label '{pair.Key}' is not a valid {LabelType}: '{pair.Value}'.");
        }
    }

    protected static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1 && !value.Contains(' ', StringComparison.Ordinal);

    protected static bool IsRfc3339(string value) =>
        Rfc3339().IsMatch(value) &&
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    protected static bool IsSemver(string value) => Semver().IsMatch(value);

    protected static bool IsGitHash(string value) => value.Length is 40 or 64 && value.All(char.IsAsciiHexDigitLower);

    protected static bool IsEmail(string value) => Email().IsMatch(value);

    protected static bool IsSpdx(string value) =>
        value.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("AND" or "OR" or "WITH"))
            .All(t => Spdx.Contains(t.TrimEnd('+')) || t.StartsWith("LicenseRef-", StringComparison.Ordinal));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.None, 250)]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$", RegexOptions.None, 250)]
    private static partial Regex Semver();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$", RegexOptions.None, 250)]
    private static partial Regex Email();
}
