using DockerMastery.Core.Skill;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DockerMastery.Mcp.Resources;

/// <summary>
/// One skill file as a direct resource, or one family of files as a resource template. Both
/// read by section when the URI carries an anchor.
/// </summary>
internal sealed class SkillFileResource : McpServerResource
{
    private readonly SkillLibrary _library;
    private readonly Func<string, bool> _accepts;

    private SkillFileResource(
        SkillLibrary library,
        Resource? resource,
        ResourceTemplate template,
        Func<string, bool> accepts)
    {
        _library = library;
        ProtocolResource = resource;
        ProtocolResourceTemplate = template;
        _accepts = accepts;
    }

    /// <inheritdoc />
    public override Resource? ProtocolResource { get; }

    /// <inheritdoc />
    public override ResourceTemplate ProtocolResourceTemplate { get; }

    /// <inheritdoc />
    public override IReadOnlyList<object> Metadata { get; } = [];

    /// <summary>A direct resource for one file.</summary>
    public static SkillFileResource ForDocument(SkillLibrary library, SkillDocument document)
    {
        var uri = SkillUris.ForPath(document.Path);
        var description = DescribeDocument(document);
        var resource = new Resource
        {
            Uri = uri,
            Name = document.Path,
            Title = document.Path == "SKILL.md" ? "docker-mastery skill" : document.Title,
            Description = description,
            MimeType = SkillUris.MimeTypeOf(document.Path),
            Size = System.Text.Encoding.UTF8.GetByteCount(document.Text),
        };
        var template = new ResourceTemplate
        {
            UriTemplate = uri,
            Name = resource.Name,
            Title = resource.Title,
            Description = description,
            MimeType = resource.MimeType,
        };
        return new SkillFileResource(library, resource, template, address =>
            SkillUris.TryResolve(library, address, out var found, out _) &&
            found.Path == document.Path);
    }

    /// <summary>A resource template for a family of files, e.g. every reference.</summary>
    public static SkillFileResource ForFamily(SkillLibrary library, SkillFamily family)
    {
        var template = new ResourceTemplate
        {
            UriTemplate = family.UriTemplate,
            Name = family.Key,
            Title = family.Title,
            Description = family.Description,
            MimeType = family.Suffix == ".md" ? "text/markdown" : null,
        };
        return new SkillFileResource(library, null, template, address =>
            SkillUris.TryResolve(library, address, out var found, out _) &&
            SkillUris.FamilyOf(found.Path) == family);
    }

    /// <inheritdoc />
    public override bool IsMatch(string uri) => _accepts(uri);

    /// <inheritdoc />
    public override ValueTask<ReadResourceResult> ReadAsync(
        RequestContext<ReadResourceRequestParams> request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.Params?.Uri ?? "";
        if (!SkillUris.TryResolve(_library, uri, out var document, out var anchor))
        {
            throw new McpProtocolException(
                $"no skill file at '{uri}'", McpErrorCode.ResourceNotFound);
        }

        var text = document.Text;
        var mimeType = SkillUris.MimeTypeOf(document.Path);
        if (anchor is not null)
        {
            var section = document.FindSection(anchor)
                ?? throw new McpProtocolException(
                    $"'{document.Path}' has no section '{anchor}'; sections: " +
                    string.Join(", ", document.Sections.Select(s => s.Slug)),
                    McpErrorCode.InvalidParams);
            text = document.SectionText(section);
        }

        return ValueTask.FromResult(new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = uri, MimeType = mimeType, Text = text }],
        });
    }

    private static string DescribeDocument(SkillDocument document)
    {
        if (document.FrontMatter.TryGetValue("description", out var description))
            return Flatten(description);

        var family = SkillUris.FamilyOf(document.Path);
        var kind = family?.Title ?? "Skill file";
        var headings = document.Sections.Skip(1).Take(8).Select(s => s.Heading);
        var sections = document.IsMarkdown && document.Sections.Count > 1
            ? $" Sections: {string.Join(", ", headings)}" +
              (document.Sections.Count > 9 ? ", …" : "") + ". Append #anchor to read one."
            : "";
        return $"{kind}: {document.Title} ({document.LineCount} lines).{sections}";
    }

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries |
            StringSplitOptions.TrimEntries));
}
