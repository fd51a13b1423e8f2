using System.Text.RegularExpressions;

namespace DockerMastery.Core.Catalog;

/// <summary>The grammar of an OCI image reference (the distribution spec's
/// <c>reference</c> grammar): checked before any caller's image lands in a file.</summary>
public static partial class ImageReference
{
    // A first component is a registry host only with a dot, a port or as localhost,
    // as Docker decides it. host[:port]/path/components[:tag][@algorithm:hex]; lower-case path, tag of 1-128.
    [GeneratedRegex(
        @"^(?:(?:localhost(?::[0-9]{1,5})?|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)" +
        @"(?:(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))+(?::[0-9]{1,5})?|:[0-9]{1,5}))/)?" +
        @"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*" +
        @"(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?" +
        @"(?:@sha256:[a-f0-9]{64})?\z",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Grammar();

    /// <summary>True when <paramref name="text"/> is a well-formed image reference
    /// of at most 255 characters.</summary>
    public static bool IsValid(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 255 && Grammar().IsMatch(text);
}
