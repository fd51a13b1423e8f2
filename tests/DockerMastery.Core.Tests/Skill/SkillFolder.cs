using System.Text.RegularExpressions;
using DockerMastery.Core.Skill;
using DockerMastery.Core.Tests.Pipelines;
using Markdig;
using Markdig.Syntax;

namespace DockerMastery.Core.Tests.Skill;

/// <summary>
/// The repository's <c>skill/</c> folder as the tests see it: its files on disk, a
/// <see cref="SkillLibrary"/> over them, and every fenced block of every markdown file.
/// </summary>
internal static partial class SkillFolder
{
    private static readonly Lazy<string> RootPath =
        new(() => Path.Combine(ExternalTool.RepoRoot, "skill"));
    private static readonly Lazy<IReadOnlyList<FencedBlock>> AllBlocks = new(ReadBlocks);
    private static readonly Lazy<SkillLibrary> DiskLibrary = new(() => SkillLibrary.FromFiles(
        Files.Select(f => KeyValuePair.Create(f, File.ReadAllText(Path.Combine(Root, f))))));

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>The absolute path of <c>skill/</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Every file under <c>skill/</c>, relative, with forward slashes.</summary>
    public static IReadOnlyList<string> Files => Directory
        .EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.Contains("__pycache__", StringComparison.Ordinal))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The skill read from disk, as the server would read it.</summary>
    public static SkillLibrary Library => DiskLibrary.Value;

    /// <summary>Every fenced block of every markdown file, in file and line order.</summary>
    public static IReadOnlyList<FencedBlock> Blocks => AllBlocks.Value;

    /// <summary>The block named by a theory case (<c>file:line</c>).</summary>
    public static FencedBlock Block(string id) => Blocks.Single(b => b.Id == id);

    /// <summary>Theory data: the ids of the blocks whose language is one of
    /// <paramref name="languages"/>.</summary>
    public static TheoryData<string> Ids(params string[] languages)
    {
        var data = new TheoryData<string>();
        foreach (var block in Blocks.Where(b => languages.Contains(b.Language)))
            data.Add(block.Id);
        return data;
    }

    /// <summary>Writes <paramref name="block"/> to a temporary file named
    /// <paramref name="fileName"/> and runs <paramref name="program"/> on it (the file's path
    /// is the last argument); fails the test with <paramref name="installHint"/> when the
    /// program is not installed.</summary>
    public static (int ExitCode, string Output) Check(
        FencedBlock block, string fileName, string program, string installHint,
        params string[] arguments)
    {
        var (folder, paths) = ExternalTool.WriteTemp([(fileName, block.Text)]);
        try
        {
            return ExternalTool.Run(program, [.. arguments, paths[0]], folder);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{program} is not installed; {installHint}");
            throw;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<FencedBlock> ReadBlocks()
    {
        var blocks = new List<FencedBlock>();
        foreach (var file in Files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var markdown = Markdown.Parse(File.ReadAllText(Path.Combine(Root, file)), Pipeline);
            foreach (var fence in markdown.Descendants<FencedCodeBlock>())
            {
                var (bad, fixes) = Markers(fence);
                blocks.Add(new FencedBlock(
                    file, fence.Line + 1, (fence.Info ?? "").Trim().ToLowerInvariant(),
                    fence.Lines.ToString() + "\n", bad, fixes));
            }
        }

        return blocks;
    }

    // A marker is an HTML comment directly before the block: <!-- bad: DL3007, DM001 -->.
    private static (IReadOnlyList<string> Bad, IReadOnlyList<string> Fixes) Markers(
        FencedCodeBlock fence)
    {
        if (fence.Parent is not { } parent)
            return ([], []);

        var index = parent.IndexOf(fence);
        if (index == 0 || parent[index - 1] is not HtmlBlock html)
            return ([], []);

        var match = MarkerPattern().Match(html.Lines.ToString());
        if (!match.Success)
            return ([], []);

        var ids = match.Groups["ids"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return match.Groups["kind"].Value == "bad" ? (ids, []) : ([], ids);
    }

    [GeneratedRegex(@"^\s*<!--\s*(?<kind>bad|fixes):\s*(?<ids>[A-Za-z0-9_, ]+?)\s*-->\s*$")]
    private static partial Regex MarkerPattern();
}

/// <summary>One fenced block of a skill file.</summary>
/// <param name="File">The markdown file, relative to <c>skill/</c>.</param>
/// <param name="Line">The line of the opening fence, from 1.</param>
/// <param name="Language">The info string in lower case, e.g. <c>dockerfile</c>.</param>
/// <param name="Text">The block's content.</param>
/// <param name="Bad">Rule ids the block must trigger (a bad example), or empty.</param>
/// <param name="Fixes">Rule ids the block must not trigger (the fixed version), or empty.</param>
internal sealed record FencedBlock(
    string File, int Line, string Language, string Text,
    IReadOnlyList<string> Bad, IReadOnlyList<string> Fixes)
{
    /// <summary>The id used as theory data: <c>references/x.md:42</c>.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>The 1-based line in the markdown file of a line inside the block.</summary>
    public int FileLine(int blockLine) => Line + blockLine;
}
