using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DockerMastery.Core.Compose.Generation;

/// <summary>
/// A small ordered YAML tree that generators build and YamlDotNet's emitter writes, so every
/// value is quoted and escaped by the emitter rather than pasted into text.
/// </summary>
internal abstract partial class YamlOut
{
    public static YamlOut Text(string value) => new Scalar(value, StyleFor(value));

    public static YamlOut Quoted(string value) => new Scalar(value, ScalarStyle.DoubleQuoted);

    public static YamlOut Number(long value) =>
        new Scalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);

    public static YamlOut Bool(bool value) => new Scalar(value ? "true" : "false",
        ScalarStyle.Plain);

    public static List Seq(params YamlOut[] items) => new(items.ToList(), Flow: false);

    public static List FlowSeq(params string[] items) => new(items.Select(Text).ToList(),
        Flow: true);

    public static List Strings(IEnumerable<string> items) => new(items.Select(Text).ToList(),
        Flow: false);

    public static Map NewMap() => new();

    public static string Write(Map root, IEnumerable<string> header)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        foreach (var line in header)
            emitter.Emit(new Comment(line, false));
        root.Emit(emitter);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    protected abstract void Emit(IEmitter emitter);

    private static ScalarStyle StyleFor(string value) =>
        PlainSafe().IsMatch(value) && !value.EndsWith(':') && !Reserved().IsMatch(value)
            ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted;

    // Plain only where every YAML 1.1 and 1.2 reader sees the same string.
    [GeneratedRegex(@"^[A-Za-z_/.][A-Za-z0-9_./@:+=-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(?:y|n|yes|no|on|off|true|false|null|\.inf|\.nan)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reserved();

    internal sealed class Scalar(string value, ScalarStyle style) : YamlOut
    {
        public string Value => value;

        protected override void Emit(IEmitter emitter) =>
            emitter.Emit(new YamlDotNet.Core.Events.Scalar(
                AnchorName.Empty, TagName.Empty, value, style, true, true));
    }

    internal sealed class Alias(string anchor) : YamlOut
    {
        protected override void Emit(IEmitter emitter)
            => emitter.Emit(new AnchorAlias(new AnchorName(anchor)));
    }

    internal sealed record List(List<YamlOut> Items, bool Flow)
    {
        public static implicit operator YamlOut(List list) => new ListNode(list);
    }

    private sealed class ListNode(List list) : YamlOut
    {
        protected override void Emit(IEmitter emitter)
        {
            var flow = list.Flow && list.Items.Count > 0;
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true,
                flow || list.Items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var item in list.Items)
                item.Emit(emitter);
            emitter.Emit(new SequenceEnd());
        }
    }

    internal sealed class Map : YamlOut
    {
        private readonly List<(string Key, YamlOut Value)> entries = [];

        public string? Anchor { get; init; }

        public int Count => entries.Count;

        public IEnumerable<(string Key, YamlOut Value)> Entries => entries;

        public bool Has(string key) => entries.Exists(e => e.Key == key);

        public Map Add(string key, YamlOut value)
        {
            entries.RemoveAll(e => e.Key == key);
            entries.Add((key, value));
            return this;
        }

        public Map Add(string key, string value) => Add(key, Text(value));

        public Map Add(string key, List value) => Add(key, (YamlOut)value);

        public Map Child(string key)
        {
            var existing = entries.Find(e => e.Key == key).Value as Map;
            if (existing is not null)
                return existing;
            var child = new Map();
            entries.Add((key, child));
            return child;
        }

        public Map Sorted(IReadOnlyList<string> order)
        {
            var sorted = new Map { Anchor = Anchor };
            foreach (var entry in entries.OrderBy(e => Rank(e.Key, order)))
                sorted.entries.Add(entry);
            return sorted;
        }

        protected override void Emit(IEmitter emitter)
        {
            var anchor = Anchor is null ? AnchorName.Empty : new AnchorName(Anchor);
            emitter.Emit(new MappingStart(anchor, TagName.Empty, true,
                entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
            foreach (var (key, value) in entries)
            {
                new Scalar(key, StyleFor(key)).Emit(emitter);
                value.Emit(emitter);
            }

            emitter.Emit(new MappingEnd());
        }

        private static int Rank(string key, IReadOnlyList<string> order)
        {
            for (var i = 0; i < order.Count; i++)
            {
                if (order[i] == key || (order[i].EndsWith('-') && key.StartsWith(order[i],
                    StringComparison.Ordinal)))
                    return i;
            }

            return order.Count;
        }
    }
}
