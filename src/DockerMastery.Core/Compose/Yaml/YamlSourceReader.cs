using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DockerMastery.Core.Compose.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlSourceNode"/>s with positions. Every failure,
/// including the parser's own internal ones, becomes a <see cref="YamlSyntaxException"/> with a
/// line and column; duplicate keys, complex keys and unknown aliases are refused.
/// </summary>
public static class YamlSourceReader
{
    /// <summary>The largest text read, in characters.</summary>
    public const int MaxLength = 1024 * 1024;

    private const int MaxDepth = 64;

    /// <summary>Reads <paramref name="text"/>; an empty document gives an empty mapping.</summary>
    /// <exception cref="YamlSyntaxException">The text is not one well-formed YAML
    /// document.</exception>
    public static YamlSourceNode Read(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new YamlSyntaxException(
                $"the text is {text.Length} characters; at most {MaxLength} are read",
                SourcePosition.Start);
        }

        var state = new ReadState(new Parser(new StringReader(text)));
        try
        {
            return state.ReadStream();
        }
        catch (YamlSyntaxException)
        {
            throw;
        }
        catch (YamlException e)
        {
            throw new YamlSyntaxException(Plain(e.Message), At(e.Start));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException
            or FormatException or OverflowException)
        {
            // YamlDotNet's scanner sometimes fails without a mark; the last event read is the
            // nearest place we know.
            throw new YamlSyntaxException("malformed YAML near here", state.LastPosition);
        }
    }

    private static SourcePosition At(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Plain(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: ..) - (...): "; the position is ours to give.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private sealed class ReadState(IParser parser)
    {
        private readonly Dictionary<string, YamlSourceNode> anchors = new(StringComparer.Ordinal);

        public SourcePosition LastPosition { get; private set; } = SourcePosition.Start;

        public YamlSourceNode ReadStream()
        {
            Expect<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                return new YamlSourceMapping(SourcePosition.Start, []);

            Expect<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _)
                ? new YamlSourceMapping(SourcePosition.Start, [])
                : ReadNode(0);
            Expect<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new YamlSyntaxException(
                    "a Compose file holds one YAML document; found a second one", At(second.Start));
            }

            Expect<StreamEnd>();
            return root;
        }

        private T Expect<T>() where T : ParsingEvent
        {
            var e = parser.Consume<T>();
            LastPosition = At(e.Start);
            return e;
        }

        private YamlSourceNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
                throw new YamlSyntaxException($"nesting deeper than {MaxDepth} levels",
                    LastPosition);

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                LastPosition = At(alias.Start);
                return anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlSyntaxException(
                        $"alias *{alias.Value.Value} names no anchor defined before it",
                            LastPosition);
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                LastPosition = At(scalar.Start);
                var node = new YamlSourceScalar(
                    LastPosition, scalar.Value, scalar.Style,
                        scalar.Tag.IsEmpty ? "" : scalar.Tag.Value);
                return Anchor(scalar, node);
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                LastPosition = At(sequenceStart.Start);
                var items = new List<YamlSourceNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(depth + 1));
                return Anchor(sequenceStart, new YamlSourceSequence(At(sequenceStart.Start),
                    items));
            }

            var mappingStart = Expect<MappingStart>();
            return Anchor(mappingStart, ReadMapping(At(mappingStart.Start), depth));
        }

        private YamlSourceMapping ReadMapping(SourcePosition position, int depth)
        {
            var entries = new List<YamlSourceEntry>();
            var merged = new List<YamlSourceMapping>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                if (keyNode is not YamlSourceScalar key)
                {
                    throw new YamlSyntaxException(
                        "a mapping key must be a plain value, not a list or mapping",
                            keyNode.Position);
                }

                var value = ReadNode(depth + 1);
                if (key.Value == "<<" && key.IsPlain)
                {
                    merged.AddRange(MergeSources(value));
                    continue;
                }

                if (entries.Exists(e => e.Key.Value == key.Value))
                {
                    throw new YamlSyntaxException(
                        $"duplicate key '{key.Value}' in the same mapping", key.Position);
                }

                entries.Add(new YamlSourceEntry(key, value));
            }

            // Merge keys: explicit entries win, then earlier merge sources over later ones.
            foreach (var source in merged)
            {
                foreach (var entry in source.Entries)
                {
                    if (!entries.Exists(e => e.Key.Value == entry.Key.Value))
                        entries.Add(entry);
                }
            }

            return new YamlSourceMapping(position, entries);
        }

        private static IEnumerable<YamlSourceMapping> MergeSources(YamlSourceNode value)
            => value switch
        {
            YamlSourceMapping mapping => [mapping],
            YamlSourceSequence { Items: var items } when items.All(i => i is YamlSourceMapping) =>
                items.Cast<YamlSourceMapping>(),
            _ => throw new YamlSyntaxException(
                "a merge key (<<) takes a mapping or a list of mappings", value.Position),
        };

        private YamlSourceNode Anchor(NodeEvent e, YamlSourceNode node)
        {
            if (!e.Anchor.IsEmpty)
                anchors[e.Anchor.Value] = node;
            return node;
        }
    }
}
