namespace DockerMastery.Core.Catalog;

/// <summary>A base image as the catalog names it: repository, tag and an optional digest.</summary>
/// <param name="Repository">Registry path and repository, e.g. <c>python</c> or
/// <c>gcr.io/distroless/static-debian13</c>.</param>
/// <param name="Tag">The tag; empty for <c>scratch</c>.</param>
/// <param name="Digest">A <c>sha256:</c> digest pinned beside the tag, or null.</param>
public sealed record ImageRef(string Repository, string Tag, string? Digest = null)
{
    /// <summary>The reference as written after <c>FROM</c> or <c>image:</c>.</summary>
    public override string ToString()
    {
        var text = Tag.Length == 0 ? Repository : $"{Repository}:{Tag}";
        return Digest is null ? text : $"{text}@{Digest}";
    }
}
