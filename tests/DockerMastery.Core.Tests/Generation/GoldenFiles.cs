using System.Runtime.CompilerServices;

namespace DockerMastery.Core.Tests.Generation;

/// <summary>
/// Compares generated text with files under <c>Generation/golden/</c>. Run the tests with
/// <c>DM_UPDATE_GOLDEN=1</c> to rewrite them after an intended change, then review the diff.
/// </summary>
internal static class GoldenFiles
{
    public static string Folder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "golden");

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("DM_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path),
            $"golden file {name} is missing; run with DM_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        Assert.Equal(expected, actual);
    }
}
