using System.Text;
using DockerMastery.Core.Generation;

namespace DockerMastery.Mcp.Cli;

/// <summary>
/// <c>templates [--check | --write] [--skill-dir DIR]</c>: compares the skill's
/// <c>assets/templates/</c> files with a fresh render of <see cref="SkillTemplates"/>
/// (<c>--check</c> exits 1 on any difference), or rewrites them (<c>--write</c>). With neither
/// flag it lists each template and its state.
/// </summary>
public sealed class TemplatesVerb : ICliVerb
{
    private const string Usage =
        "usage: docker-mastery templates [--check | --write] [--skill-dir DIR]\n" +
        "  --check          exit 1 listing every template that differs from a fresh render\n" +
        "  --write          rewrite the templates from the generator\n" +
        "  --skill-dir DIR  the skill folder (holds SKILL.md); default: found from the\n" +
        "                   current directory (a skill/ folder in it or in a parent)";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Name => "templates";

    /// <inheritdoc />
    public string Summary => "check or rewrite skill/assets/templates/ from the generator";

    /// <inheritdoc />
    public async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var check = false;
        var write = false;
        string? skillDir = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h":
                    await console.Out.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 0;
                case "--check":
                    check = true;
                    break;
                case "--write":
                    write = true;
                    break;
                case "--skill-dir" when i + 1 < args.Count:
                    skillDir = args[++i];
                    break;
                case "--skill-dir":
                    return await Fail(console, "--skill-dir needs a folder").ConfigureAwait(false);
                default:
                    if (arg.StartsWith("--skill-dir=", StringComparison.Ordinal))
                    {
                        skillDir = arg["--skill-dir=".Length..];
                        break;
                    }

                    return await Fail(console, $"unexpected argument '{arg}'").ConfigureAwait(false);
            }
        }

        if (check && write)
            return await Fail(console, "--check and --write exclude each other").ConfigureAwait(false);

        var skill = skillDir is null
            ? FindSkillFolder(console.WorkingDirectory)
            : Path.GetFullPath(Path.Combine(console.WorkingDirectory, skillDir));
        if (skill is null)
        {
            return await Fail(console, "no skill/SKILL.md in the current directory or above it; " +
                "pass --skill-dir").ConfigureAwait(false);
        }

        if (!File.Exists(Path.Combine(skill, "SKILL.md")))
        {
            return await Fail(console, $"--skill-dir: '{skill}' holds no SKILL.md, so it is not " +
                "the skill folder").ConfigureAwait(false);
        }

        var folder = Path.Combine(skill, "assets", "templates");
        var states = Compare(folder);
        if (write)
            return await Write(console, folder, states).ConfigureAwait(false);

        var problems = 0;
        foreach (var state in states)
        {
            if (state.Problem is not null)
                problems++;
            // --check names only what fails it, and what it could not check.
            if (!check || state.Problem is not null || state.Rendered is null)
            {
                await console.Out.WriteLineAsync($"{state.Name}: {state.Problem ?? state.Note}")
                    .ConfigureAwait(false);
            }
        }

        if (check && problems > 0)
        {
            await console.Error.WriteLineAsync(
                $"{problems} template(s) differ from the generator; run " +
                "'docker-mastery templates --write' and review the diff").ConfigureAwait(false);
            return 1;
        }

        if (check)
        {
            await console.Out.WriteLineAsync(
                $"{states.Count(s => s.Rendered is not null)} template(s) match the generator")
                .ConfigureAwait(false);
        }

        return 0;
    }

    private static List<TemplateState> Compare(string folder)
    {
        var states = new List<TemplateState>();
        foreach (var template in SkillTemplates.All)
        {
            var path = Path.Combine(folder, template.Name);
            var onDisk = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (!template.IsAvailable)
            {
                states.Add(onDisk is null
                    ? new(template.Name, path, null, null, "absent (the generator has no renderer yet)")
                    : new(template.Name, path, null,
                        "present but the generator has no renderer for it (written by hand?)", null));
                continue;
            }

            string rendered;
            try
            {
                rendered = template.Render();
            }
            catch (ArgumentException error)
            {
                states.Add(new(template.Name, path, null, $"render failed: {error.Message}", null));
                continue;
            }

            var expected = Utf8.GetBytes(rendered);
            var problem = onDisk is null ? "missing"
                : onDisk.AsSpan().SequenceEqual(expected) ? null
                : $"differs from a fresh render from line {FirstDifferentLine(onDisk, expected)}";
            states.Add(new(template.Name, path, rendered, problem, "matches the generator"));
        }

        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (SkillTemplates.Find(name) is null)
                {
                    states.Add(new(name, file, null,
                        "not a template the generator renders (remove it or add it to " +
                        "SkillTemplates)", null));
                }
            }
        }

        return states;
    }

    private static async Task<int> Write(
        CliConsole console, string folder, List<TemplateState> states)
    {
        Directory.CreateDirectory(folder);
        var failed = 0;
        foreach (var state in states)
        {
            if (state.Rendered is null)
            {
                if (state.Problem is not null)
                    failed++;
                var stream = state.Problem is null ? console.Out : console.Error;
                await stream.WriteLineAsync($"{state.Name}: {state.Problem ?? state.Note}")
                    .ConfigureAwait(false);
                continue;
            }

            if (state.Problem is null)
            {
                await console.Out.WriteLineAsync($"{state.Name}: unchanged").ConfigureAwait(false);
                continue;
            }

            await File.WriteAllTextAsync(state.Path, state.Rendered, Utf8).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"wrote {state.Path}").ConfigureAwait(false);
        }

        return failed > 0 ? 1 : 0;
    }

    // The repository root holds skill/SKILL.md; so may any folder above the current one.
    private static string? FindSkillFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SKILL.md")) &&
                dir.Name == "skill")
            {
                return dir.FullName;
            }

            var skill = Path.Combine(dir.FullName, "skill");
            if (File.Exists(Path.Combine(skill, "SKILL.md")))
                return skill;
        }

        return null;
    }

    private static int FirstDifferentLine(byte[] actual, byte[] expected)
    {
        var line = 1;
        var length = Math.Min(actual.Length, expected.Length);
        for (var i = 0; i < length && actual[i] == expected[i]; i++)
        {
            if (actual[i] == (byte)'\n')
                line++;
        }

        return line;
    }

    private static async Task<int> Fail(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"docker-mastery templates: {message}").ConfigureAwait(false);
        await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }

    /// <summary>One row of the comparison.</summary>
    /// <param name="Name">The file name.</param>
    /// <param name="Path">Where it is (or would be) on disk.</param>
    /// <param name="Rendered">The fresh render, or null when there is none.</param>
    /// <param name="Problem">Why <c>--check</c> fails on it, or null.</param>
    /// <param name="Note">What to say when there is no problem.</param>
    private sealed record TemplateState(
        string Name, string Path, string? Rendered, string? Problem, string? Note);
}
