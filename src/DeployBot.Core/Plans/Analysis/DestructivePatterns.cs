using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What makes an item destructive or breaking (plan-format.md): dropping or renaming a column, table or index, a type
/// change, NOT NULL on an existing column, a removed endpoint, flag, option or config key, an irreversible rewrite.
/// </summary>
internal static partial class DestructivePatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const int TimeoutMs = 2000;

    private const string Removal =
        @"(?:drop|drops|dropped|dropping|remove|removes|removed|removing|delete|deletes|deleted|deleting|rename|renames|renamed|renaming
           |truncate|truncates|truncated)";

    private const string Thing =
        @"(?:columns?|tables?|index|indexes|indices|fields?|endpoints?|routes?|(?<![\w-])apis?(?![\w-])|flags?|options?|settings?|config(?:uration)?\s+keys?
           |env(?:ironment)?\s+var(?:iable)?s?|parameters?|params?|queues?|topics?|buckets?|constraints?|enum\s+values?|views?|collections?
           |databases?|schemas?|keys?(?!\s+vault)|properties|property|functions?|methods?|class(?:es)?|drivers?|commands?|hooks?|plugins?)";

    /// <summary>
    /// Destructive (<see cref="Destructive"/>), unless the removal is only a capability: "supports dropping indexes", "an
    /// option to drop the index", "the ability to delete tables", "allows you to rename columns" add a way to remove,
    /// they remove nothing. Those phrases are taken out before matching (cheaper than a look-behind inside the pattern).
    /// </summary>
    internal static bool IsDestructive(string text) => Destructive().IsMatch(CapabilityToRemove().Replace(text, " "));

    [GeneratedRegex("""
        \b(?:supports?|supporting|support\s+for|options?\s+to|options?\s+for|ability\s+to|allows?\s+(?:\w+\s+)?to|able\s+to|can|how\s+to)\s+
          (?:drop|drops|dropping|remove|removes|removing|delete|deletes|deleting|rename|renames|renaming|truncate|truncates|truncating)\b
        """, Options, TimeoutMs)]
    private static partial Regex CapabilityToRemove();

    /// <summary>Dropping, renaming or removing a stored or public thing, or an irreversible rewrite of data.</summary>
    [GeneratedRegex($$"""
        \b{{Removal}}\b(?!\s+(?:(?:an?|the)\s+)?(?:redundant|unnecessary|unneeded|superfluous|extra)\b)(?!\s+(?:unused|dead|duplicate|obsolete\s+code|a\s+warning|the\s+warning|warnings?|logs?|logging|noise|need|requirement|limit|restriction|notes?|docs?|documentation|comments?|mentions?|examples?))(?:[^.;\n]|\.(?=\S)){0,50}?\b{{Thing}}\b
        | \b(?:drop|truncate)\s+(?:table|column|index|database|schema)\b
        | \b{{Thing}}\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:removed|dropped|deleted|renamed)\b
        | \b(?:change|changes|changed|changing|alter|alters|altered)\s+(?:the\s+)?(?:column\s+)?type\b | \btype\s+change\b | \balter\s+column\b[^.;\n]{0,40}\btype\b
        | \b(?:set|add|adds|added|make|makes|made)\b[^.;\n]{0,40}\bnot[\s-]null\b | \bnot[\s-]null\s+constraint\b
        | \birreversibl\w* | \bcannot\s+be\s+(?:undone|reversed|rolled\s+back)\b | \bpurg(?:e|es|ed|ing)\b(?![^.;\n]{0,40}\bcaches?\b)(?<!\bcaches?\s+purg\w*) | \bdelet(?:e|es|ed|ing)\s+(?:all|old|stale|orphaned)\b
        | \bre-?hash\w* | \bone[\s-]way\s+(?:migration|rewrite)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Destructive();

    /// <summary>
    /// Removing a stored thing: "delete those tables (messages, message_logs) yourself", "the `tokens` column was dropped",
    /// "drop the old search index". Its data goes with it; counted only where the item or the notes speak of a database.
    /// Not a rename (the data stays), nor a column of a screen or an option of a function.
    /// </summary>
    [GeneratedRegex("""
        \b(?:drop|drops|dropped|dropping|remove|removes|removed|removing|delete|deletes|deleted|deleting|truncate|truncates|truncated)\b
          (?![^.;\n]{0,50}\bsupport\b)(?![^.;\n]{0,30}\bability\b)(?:[^.;\n]|\.(?=\S)){0,50}?
          \b(?:tables?|columns?|index(?!\.\w)|indexes|indices|collections?)\b(?!\s+of\s+contents)
          (?![`'"]?\s+(?:from\s+(?:the\s+)?[\w`'"-]+\s+)?(?:components?|class(?:es)?|types?|widgets?|helpers?|modules?|functions?|methods?|pages?|buttons?|views?|lists?|grids?|screens?|ui|options?|parameters?|params?|arguments?|flags?|settings?|propert(?:y|ies))\b)
          (?![`'"]?\s+from\s+(?:the\s+)?(?:[\w`'"()-]+\s+){0,3}(?:views?|lists?|grids?|screens?|pages?|reports?|ui|exports?|csv)\b)
        | \b(?:tables?|columns?|index|indexes|indices|collections?)\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:dropped|deleted|truncated)\b
        """, Options, TimeoutMs)]
    internal static partial Regex StoredRemoval();

    /// <summary>Tables named as a database names them: "those tables (messages, message_logs)", "the `audit` table", "table audit_v1".</summary>
    [GeneratedRegex("""
        \btables?\s*\(\s*[a-z_][a-z0-9_]*(?:\s*,\s*[a-z_][a-z0-9_]*)*\s*\) | `[a-z_][a-z0-9_.]*`\s+tables?\b | \btables?\s+`?[a-z]+_[a-z0-9_]+\b
        """, Options, TimeoutMs)]
    internal static partial Regex NamedTables();

    /// <summary>The name of the object an item touches: <c>users.password_md5</c>, <c>/v1/login</c>, <c>`sessions_v1`</c>, <c>STRIPE_KEY</c>.</summary>
    [GeneratedRegex("""
        `(?<name>[^`\n]{2,60})` | (?<name>/[a-z0-9_{}:.-]+(?:/[a-z0-9_{}:.-]+)+) | (?<name>\b[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\b(?!\.\w))
        | (?<name>\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b) | (?<name>\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, TimeoutMs)]
    internal static partial Regex ObjectName();
}
