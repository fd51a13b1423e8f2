namespace DockerMastery.Core.Review;

/// <summary>A base image reference split into registry, repository, tag and digest.</summary>
/// <param name="Registry">The registry host, or null for Docker Hub.</param>
/// <param name="Repository">The repository path (<c>library/python</c> is <c>python</c>).</param>
/// <param name="Tag">The tag, or null.</param>
/// <param name="Digest">The digest (<c>sha256:...</c>), or null.</param>
internal sealed record ImageName(string? Registry, string Repository, string? Tag, string? Digest)
{
    public static ImageName Parse(string reference)
    {
        string? digest = null;
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = reference[(at + 1)..];
            reference = reference[..at];
        }

        string? tag = null;
        var colon = reference.LastIndexOf(':');
        if (colon > reference.LastIndexOf('/'))
        {
            tag = reference[(colon + 1)..];
            reference = reference[..colon];
        }

        string? registry = null;
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var first = reference[..slash];
            if (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) ||
                first == "localhost")
            {
                registry = first;
                reference = reference[(slash + 1)..];
            }
        }

        return new ImageName(registry, reference, tag, digest);
    }

    /// <summary>The repository's last path component (<c>python</c>, <c>distroless/static</c>
    /// gives <c>static</c>).</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];
}
