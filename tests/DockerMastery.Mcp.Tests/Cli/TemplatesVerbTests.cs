using DockerMastery.Core.Generation;
using DockerMastery.Mcp.Cli;

namespace DockerMastery.Mcp.Tests.Cli;

/// <summary><c>templates --check / --write</c> against a skill folder made for each test.</summary>
public sealed class TemplatesVerbTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dm-templates-").FullName;

    public TemplatesVerbTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "skill"));
        File.WriteAllText(Path.Combine(root, "skill", "SKILL.md"), "---\nname: test\n---\n");
    }

    private string Folder => Path.Combine(root, "skill", "assets", "templates");

    private static IEnumerable<SkillTemplate> Available =>
        SkillTemplates.All.Where(t => t.IsAvailable);

    [Fact]
    public async Task WriteRendersEveryAvailableTemplateAndCheckThenPasses()
    {
        var (before, beforeOut, _) = await Run(root, "templates", "--check");
        Assert.Equal(1, before);
        foreach (var template in Available)
            Assert.Contains($"{template.Name}: missing", beforeOut, StringComparison.Ordinal);

        var (written, _, _) = await Run(root, "templates", "--write");
        Assert.Equal(0, written);
        foreach (var template in Available)
            Assert.Equal(template.Render(), File.ReadAllText(Path.Combine(Folder, template.Name)));

        var (after, afterOut, _) = await Run(root, "templates", "--check");
        Assert.Equal(0, after);
        Assert.Contains($"{Available.Count()} template(s) match the generator", afterOut,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNamesOnlyTheEditedTemplateAndWriteRestoresIt()
    {
        await Run(root, "templates", "--write");
        var edited = Available.Last();
        var path = Path.Combine(Folder, edited.Name);
        File.AppendAllText(path, "# edited by hand\n");

        var (code, output, error) = await Run(root, "templates", "--check");

        Assert.Equal(1, code);
        Assert.Contains($"{edited.Name}: differs from a fresh render", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("differs", StringComparison.Ordinal));
        Assert.Contains("1 template(s) differ", error, StringComparison.Ordinal);

        await Run(root, "templates", "--write");
        Assert.Equal(edited.Render(), File.ReadAllText(path));
    }

    [Fact]
    public async Task CheckRejectsAFileThatIsNoTemplate()
    {
        await Run(root, "templates", "--write");
        File.WriteAllText(Path.Combine(Folder, "notes.yml"), "hand: written\n");

        var (code, output, _) = await Run(root, "templates", "--check");

        Assert.Equal(1, code);
        Assert.Contains("notes.yml: not a template the generator renders", output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillFolderIsFoundFromASubfolderOrGivenExplicitly()
    {
        var nested = Path.Combine(root, "src", "deep");
        Directory.CreateDirectory(nested);

        var (found, _, _) = await Run(nested, "templates", "--write");
        var (given, _, _) = await Run(nested, "templates", "--check", "--skill-dir", "../../skill");

        Assert.Equal(0, found);
        Assert.Equal(0, given);
        Assert.True(File.Exists(Path.Combine(Folder, Available.First().Name)));
    }

    [Theory]
    [InlineData("--check", "--write")]
    [InlineData("--skill-dir")]
    [InlineData("--force")]
    public async Task BadArgumentsExitTwoWithAMessage(params string[] args)
    {
        var (code, _, error) = await Run(root, ["templates", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("docker-mastery templates: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public async Task SkillDirWithoutSkillMdIsRefused()
    {
        var (code, _, error) = await Run(root, "templates", "--write", "--skill-dir", ".");

        Assert.Equal(2, code);
        Assert.Contains("holds no SKILL.md", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "assets")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static async Task<(int Code, string Out, string Error)> Run(
        string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, TextReader.Null, workingDirectory);
        var code = await VerbCatalog.RunAsync(args, console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
