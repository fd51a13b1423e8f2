using DockerMastery.Core.Compose.Yaml;

namespace DockerMastery.Core.Compose.Rules;

/// <summary>Finds keys that come before a key ranked ahead of them in a conventional
/// order.</summary>
internal static class KeyOrder
{
    /// <summary>The entries that break <paramref name="order"/>; unknown keys rank last, and an
    /// order entry ending in <c>-</c> ranks every key with that prefix.</summary>
    public static IEnumerable<YamlSourceEntry> OutOfOrder(
        IReadOnlyList<YamlSourceEntry> entries, IReadOnlyList<string> order)
    {
        var highest = -1;
        foreach (var entry in entries)
        {
            var rank = Rank(entry.Key.Value, order);
            if (rank < highest)
                yield return entry;
            else
                highest = rank;
        }
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
