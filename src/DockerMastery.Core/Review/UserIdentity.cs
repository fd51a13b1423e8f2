namespace DockerMastery.Core.Review;

/// <summary>What a <c>USER</c> value or a base image says about the user the image runs as.</summary>
internal static class UserIdentity
{
    /// <summary>True for <c>root</c>, <c>0</c>, <c>root:root</c>, <c>0:0</c> and the like.</summary>
    public static bool IsRoot(string user)
    {
        var name = user.Trim();
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
            name = name[..colon];
        return name is "root" or "0";
    }

    /// <summary>True when the base image runs as a non-root user by default: distroless
    /// <c>:nonroot</c> tags, Chainguard images, and images of a stage that set one.</summary>
    public static bool BaseRunsAsNonRoot(string image)
    {
        var name = ImageName.Parse(image);
        if (name.Tag?.Contains("nonroot", StringComparison.OrdinalIgnoreCase) == true)
            return true;
        return name.Registry is "cgr.dev" && !(name.Tag?.Contains("dev", StringComparison.Ordinal) ?? false);
    }
}
