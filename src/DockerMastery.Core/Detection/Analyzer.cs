namespace DockerMastery.Core.Detection;

/// <summary>Reads one language's projects. The detector hands it every folder that holds
/// one of its marker files, shallowest first.</summary>
internal abstract class Analyzer
{
    public abstract Language Language { get; }

    /// <summary>File names (not paths) that make a folder a candidate.</summary>
    public abstract bool IsMarker(string fileName);

    /// <summary>
    /// The deployables in <paramref name="scan"/>'s folder. Add folders that belong to this one
    /// (workspace members, modules) to <paramref name="claimed"/> so they are not read twice;
    /// explain skipped folders in <paramref name="notes"/>.
    /// </summary>
    public abstract IEnumerable<ProjectProfile> Analyze(
        AppScan scan, ISet<string> claimed, List<string> notes);

    /// <summary>Collapses <c>a/./b</c> and trailing slashes in a folder path.</summary>
    protected static string CleanFolder(string folder) =>
        string.Join('/', folder.Split('/').Where(p => p.Length > 0 && p != "."));

    /// <summary>Joins two folder paths, either may be empty.</summary>
    protected static string Join(string a, string b) =>
        CleanFolder(a.Length == 0 ? b : b.Length == 0 ? a : $"{a}/{b}");
}
