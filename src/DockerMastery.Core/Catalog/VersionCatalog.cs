using System.Collections.ObjectModel;
using System.Reflection;
using System.Text.Json;

namespace DockerMastery.Core.Catalog;

/// <summary>
/// The one versions catalog: every base image, runtime and tool version the generators name.
/// Loaded from the embedded <c>catalog.json</c>; callers may override any entry per call.
/// </summary>
public sealed class VersionCatalog
{
    private static readonly Lazy<VersionCatalog> Embedded = new(LoadEmbedded);

    private VersionCatalog(
        string reviewed,
        IReadOnlyDictionary<string, string> runtimes,
        IReadOnlyDictionary<string, ImageRef> images,
        IReadOnlyDictionary<string, string> tools,
        IReadOnlyDictionary<string, PinnedAction> actions)
    {
        Reviewed = reviewed;
        Runtimes = runtimes;
        Images = images;
        Tools = tools;
        Actions = actions;
    }

    /// <summary>The catalog shipped in the assembly.</summary>
    public static VersionCatalog Default => Embedded.Value;

    /// <summary>The date (ISO 8601) the catalog was last reviewed against upstream releases.</summary>
    public string Reviewed { get; }

    /// <summary>Runtime versions by language key (python, node, go, rust, java, dotnet).</summary>
    public IReadOnlyDictionary<string, string> Runtimes { get; }

    /// <summary>Images by catalog key, e.g. <c>python.build</c>, <c>postgres</c>.</summary>
    public IReadOnlyDictionary<string, ImageRef> Images { get; }

    /// <summary>Tool versions by name, e.g. <c>uv</c>, <c>cosign</c>.</summary>
    public IReadOnlyDictionary<string, string> Tools { get; }

    /// <summary>GitHub Actions pinned by commit SHA, by action path.</summary>
    public IReadOnlyDictionary<string, PinnedAction> Actions { get; }

    /// <summary>The image for a catalog key.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the catalog.</exception>
    public ImageRef Image(string key) =>
        Images.TryGetValue(key, out var image)
            ? image
            : throw new KeyNotFoundException($"catalog has no image '{key}'");

    /// <summary>The version of a tool.</summary>
    /// <exception cref="KeyNotFoundException">The tool is not in the catalog.</exception>
    public string Tool(string name) =>
        Tools.TryGetValue(name, out var version)
            ? version
            : throw new KeyNotFoundException($"catalog has no tool '{name}'");

    /// <summary>The runtime version of a language.</summary>
    /// <exception cref="KeyNotFoundException">The language is not in the catalog.</exception>
    public string Runtime(string language) =>
        Runtimes.TryGetValue(language, out var version)
            ? version
            : throw new KeyNotFoundException($"catalog has no runtime '{language}'");

    /// <summary>
    /// A copy with some entries replaced. Keys are <c>images.KEY</c> (value
    /// <c>repo:tag</c>), <c>tools.NAME</c> or <c>runtimes.LANG</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A key names no section or an image value
    /// does not parse.</exception>
    public VersionCatalog With(IReadOnlyDictionary<string, string> overrides)
    {
        var images = new Dictionary<string, ImageRef>(Images, StringComparer.Ordinal);
        var tools = new Dictionary<string, string>(Tools, StringComparer.Ordinal);
        var runtimes = new Dictionary<string, string>(Runtimes, StringComparer.Ordinal);

        foreach (var (key, value) in overrides)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            var section = dot < 0 ? key : key[..dot];
            var name = dot < 0 ? "" : key[(dot + 1)..];
            if (name.Length == 0)
                throw new ArgumentException($"override '{key}' must be SECTION.NAME", nameof(overrides));

            switch (section)
            {
                case "images":
                    images[name] = ParseImage(value)
                        ?? throw new ArgumentException(
                            $"override '{key}': '{value}' is not an image reference", nameof(overrides));
                    break;
                case "tools":
                    tools[name] = value;
                    break;
                case "runtimes":
                    runtimes[name] = value;
                    break;
                default:
                    throw new ArgumentException(
                        $"override '{key}': section must be images, tools or runtimes",
                        nameof(overrides));
            }
        }

        return new VersionCatalog(Reviewed, runtimes, images, tools, Actions);
    }

    /// <summary>Parses <c>repo[:tag][@sha256:digest]</c>; null when it is not one.</summary>
    public static ImageRef? ParseImage(string text)
    {
        if (!ImageReference.IsValid(text))
            return null;

        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        var slash = text.LastIndexOf('/');
        var colon = text.LastIndexOf(':');
        return colon > slash
            ? new ImageRef(text[..colon], text[(colon + 1)..], digest)
            : new ImageRef(text, "", digest);
    }

    private static VersionCatalog LoadEmbedded()
    {
        var assembly = typeof(VersionCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("catalog.json")
            ?? throw new InvalidOperationException("catalog.json is not embedded in the assembly");
        return Load(stream);
    }

    /// <summary>Reads a catalog in the embedded file's format.</summary>
    public static VersionCatalog Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var runtimes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("runtimes").EnumerateObject())
            runtimes[entry.Name] = entry.Value.GetProperty("version").GetString()!;

        var images = new Dictionary<string, ImageRef>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("images").EnumerateObject())
        {
            var digest = entry.Value.TryGetProperty("digest", out var d) ? d.GetString() : null;
            images[entry.Name] = new ImageRef(
                entry.Value.GetProperty("repository").GetString()!,
                entry.Value.GetProperty("tag").GetString()!,
                digest);
        }

        var tools = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("tools").EnumerateObject())
            tools[entry.Name] = entry.Value.GetString()!;

        var actions = new Dictionary<string, PinnedAction>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("actions").EnumerateObject())
        {
            actions[entry.Name] = new PinnedAction(
                entry.Name,
                entry.Value.GetProperty("version").GetString()!,
                entry.Value.GetProperty("sha").GetString()!);
        }

        return new VersionCatalog(
            root.GetProperty("reviewed").GetString()!,
            new ReadOnlyDictionary<string, string>(runtimes),
            new ReadOnlyDictionary<string, ImageRef>(images),
            new ReadOnlyDictionary<string, string>(tools),
            new ReadOnlyDictionary<string, PinnedAction>(actions));
    }
}
