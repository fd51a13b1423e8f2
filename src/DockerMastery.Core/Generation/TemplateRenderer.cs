using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DockerMastery.Core.Generation;

/// <summary>
/// Renders the Scriban templates embedded under <c>Generation/Templates</c>. Variables are
/// strict (a typo in a template is an error, not an empty string) and the output is
/// normalised: LF endings, no trailing spaces, no runs of blank lines, one final newline.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly EmbeddedLoader Loader = new();

    /// <summary>The names of every embedded template, without the <c>templates/</c> prefix.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(TemplateRenderer).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("templates/", StringComparison.Ordinal))
        .Select(n => n["templates/".Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The raw text of an embedded template.</summary>
    public static string Source(string name) => Loader.Read(name);

    /// <summary>Renders <paramref name="name"/> with <paramref name="model"/> as globals.</summary>
    public static string Render(string name, ScriptObject model)
    {
        var template = Template.Parse(Loader.Read(name), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException(
                $"template {name} does not parse: {string.Join("; ", template.Messages)}");
        }

        var context = new TemplateContext
        {
            TemplateLoader = Loader,
            StrictVariables = true,
            MemberRenamer = member => member.Name,
            NewLine = "\n",
            LoopLimit = 10_000,
        };
        context.PushGlobal(model);
        return Normalize(template.Render(context));
    }

    /// <summary>Makes rendered text tidy whatever the template's whitespace was.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => line.TrimEnd())
            .ToList();
        var output = new StringBuilder();
        var blank = true;
        var continued = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                // A blank line inside a continued instruction would end it for some parsers.
                if (!blank && !continued)
                    output.Append('\n');
                blank = true;
                continue;
            }

            output.Append(line).Append('\n');
            blank = false;
            continued = line.EndsWith('\\');
        }

        var result = output.ToString().TrimEnd('\n');
        return result + "\n";
    }

    private sealed class EmbeddedLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            Read(templatePath);

        public ValueTask<string?> LoadAsync(
            TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Read(templatePath));

        public string Read(string name)
        {
            using var stream = typeof(TemplateRenderer).Assembly
                .GetManifestResourceStream("templates/" + name)
                ?? throw new InvalidOperationException($"template {name} is not embedded");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
