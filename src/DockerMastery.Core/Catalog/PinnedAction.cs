namespace DockerMastery.Core.Catalog;

/// <summary>A GitHub Action pinned to a full commit SHA, with the release it belongs to.</summary>
/// <param name="Path">The action path, e.g. <c>actions/checkout</c>.</param>
/// <param name="Version">The release tag the SHA belongs to, kept as a comment.</param>
/// <param name="Sha">The 40-hex commit SHA used in <c>uses:</c>.</param>
public sealed record PinnedAction(string Path, string Version, string Sha)
{
    /// <summary>The <c>uses:</c> value with the release as a trailing comment.</summary>
    public string Uses => $"{Path}@{Sha} # {Version}";
}
