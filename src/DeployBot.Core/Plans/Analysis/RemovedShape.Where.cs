using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Where a removed thing sits is not what is removed: "Removed unused columns in database schema of tables `paste` &amp;
/// `comment`" keeps both tables (they hold every paste), "Removed configurable `dir` for `traffic` &amp; `purge` limiters"
/// keeps the limiters, "Remove the `legacy` option from the `sync` command" keeps the command. A contract step that
/// dropped "paste" would destroy the service's data.
/// </summary>
public static partial class RemovedShape
{
    /// <summary>Every mention of <paramref name="name"/> in <paramref name="item"/> says where a removed member sits.</summary>
    private static bool OnlyWhere(string name, string item)
    {
        var mentions = Mentions(name, item);
        return mentions.Count > 0 && mentions.All(mention => Where().IsMatch(ClauseBefore(item, mention.Index)));
    }

    /// <summary>The text of the item's clause up to <paramref name="at"/>: from the last sentence end, semicolon or line break.</summary>
    private static string ClauseBefore(string item, int at)
    {
        var start = at;
        while (start > 0 && !(item[start - 1] is ';' or '\n' || (item[start - 1] == '.' && start < item.Length && char.IsWhiteSpace(item[start]))))
        {
            start--;
        }

        return item[start..at];
    }

    /// <summary>
    /// A removal word, a member it removes (a name in code font or a member kind: columns, fields, options, an index …), then
    /// "of / in / from / for / on" and, at the end, the start of the owner's name (after a list of owners before it). Not
    /// "Drop support for X" (X itself goes) and not rows or records (a row deletion is named by its table).
    /// </summary>
    [GeneratedRegex($@"\b(?:drop|drops|dropped|dropping|remove|removes|removed|removing|delete|deletes|deleted|deleting|purge|purges|purged)\s+(?!(?:the\s+)?(?:support|compatibility|handling|use|usage)\b)(?<member>[^;\n]*?(?:`[^`\n]+`|\b{Member}\b)[^;\n]*?)\s+(?:of|in|from|for|on|within|inside)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:[`""']?[\w./-]+[`""']?\s*(?:,|&|\band\b|\bor\b)\s*)*[`""']?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Where();

    /// <summary>
    /// "remove the schema default for auto_apply", "Removed deprecation warnings", "remove the restriction on …": what goes is a
    /// default, a warning or a limit, nothing an operator could still be using.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:schema\s+|implicit\s+|hard-?coded\s+)?(?:defaults?(?:\s+values?)?(?=\s+(?:for|of|on|in|from|when|if|so|to)\b|\s*[.,;:)]|\s*$)|(?:deprecation\s+)?warnings?\b|restrictions?\b|limitations?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NotAThing();

    /// <summary>
    /// Every removal word of the item takes something out of the project's dependency list or build ("Common.Logging removed
    /// from dependencies", "C5 Collections removed from ILMerge process"): nothing the operator's services call or store goes.
    /// </summary>
    public static bool OnlyFromPackaging(string item)
    {
        var words = RemovalWord().Matches(item);
        return words.Count > 0 && words.All(word => FromPackaging().IsMatch(item[(word.Index + word.Length)..]));
    }

    /// <summary>
    /// " from dependencies", " from the ILMerge process", " from the bundle": what follows the removal word is the project's
    /// dependency list or its build, not the owner of a member the operator uses.
    /// </summary>
    [GeneratedRegex(@"^\s+from\s+(?:the\s+|its\s+|our\s+)?(?:[\w.-]+\s+)?(?:dependencies|dependency\s+(?:list|tree|graph)|deps|(?:\w*merge|build|packaging|bundling|release)\s+process|bundles?|distributions?|tarballs?|wheels?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FromPackaging();

    private const string Member = @"(?:columns?|fields?|attributes?|properties|property|index(?:es)?|constraints?|options?|settings?|keys?|flags?|arguments?|parameters?|methods?|functions?|triggers?|defaults?)";
}
