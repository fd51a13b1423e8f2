using DockerMastery.Core.Catalog;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>Which of the three target platforms a runtime base image is published for.</summary>
internal static class PlatformSupport
{
    public const string Amd64 = "linux/amd64";
    public const string Arm64 = "linux/arm64";
    public const string ArmV7 = "linux/arm/v7";

    public static readonly IReadOnlyList<string> Known = [Amd64, Arm64, ArmV7];

    /// <summary>The platforms of <paramref name="image"/>, from the publishers' manifests:
    /// distroless language images, Chainguard and Temurin have no 32-bit ARM; Docker's
    /// official Debian and Alpine images, distroless static/cc and .NET do.</summary>
    public static IReadOnlyList<string> For(ImageRef image)
    {
        var repository = image.Repository;
        if (repository.StartsWith("gcr.io/distroless/static", StringComparison.Ordinal)
            || repository.StartsWith("gcr.io/distroless/cc", StringComparison.Ordinal)
            || repository.StartsWith("gcr.io/distroless/base", StringComparison.Ordinal))
            return Known;
        if (repository.StartsWith("gcr.io/distroless/", StringComparison.Ordinal)
            || repository.StartsWith("cgr.dev/", StringComparison.Ordinal)
            || repository == "eclipse-temurin")
            return [Amd64, Arm64];
        return Known;
    }
}
