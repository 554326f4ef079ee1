using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans;

/// <summary>
/// What kind of stored object a destructive item names. An index holds no data of its own: dropping one loses nothing
/// a snapshot would bring back, and its way back is creating it again, so a plan need not call it irreversible.
/// </summary>
public static partial class StoredObjects
{
    /// <summary>
    /// The item calls <paramref name="name"/> an index ("index sku_1_region_1", "the idx_orders_legacy index") or the name
    /// reads as one ("idx_…", "…_idx", a MongoDB compound index "field_1_other_-1"; a single "field_1" only where the item calls it an index).
    /// </summary>
    public static bool IsIndex(string item, string name)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.Trim('`', '"', '\'');
        var named = Regex.Escape(bare);
        // "drop table search_index": what the item calls it wins over how the name reads.
        if (Regex.IsMatch(item, $@"\b(?:tables?|collections?|columns?|views?)\s+[`""']?{named}(?![\w.])|(?<![\w.]){named}[`""']?\s+(?:tables?|collections?|columns?|views?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout))
        {
            return false;
        }

        return IndexName().IsMatch(bare)
            || Regex.IsMatch(item, $@"\bindex(?:es)?\s+(?:on\s+\S+\s+)?[`""']?{named}(?![\w.])|(?<![\w.]){named}[`""']?\s+index\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
    }

    [GeneratedRegex(@"^(?:idx|ix|index)_\w+$|^\w+_(?:idx|index)$|^[a-z]\w*_-?1(?:_[a-z]\w*_-?1)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex IndexName();
}
