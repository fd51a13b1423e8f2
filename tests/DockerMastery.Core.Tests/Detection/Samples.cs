using System.Runtime.CompilerServices;

namespace DockerMastery.Core.Tests.Detection;

/// <summary>Where the repository's sample apps are, found from this file's location.</summary>
internal static class Samples
{
    public static string Folder(string name, [CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        return Path.Combine(directory!.FullName, "samples", "apps", name);
    }
}
