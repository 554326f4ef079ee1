using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Whether what a removal item is read to remove is a thing an operator can look for: an identifier (backticked, or of a
/// name's shape: snake_case, CamelCase, dotted, a flag, a path, a SETTING) or a noun phrase with a word of its own ("the
/// sessions table", "Mosquitto compatibility class"). "been" (of "has also been removed"), "existing", "ancient", "database",
/// "some deprecated argument", "unused columns" are grammar or a kind with no name: a step that says "Remove every use of
/// \"database\"" sends the operator to delete what the release keeps. Nor does a sentence that says a thing is not
/// dropped ("Don't drop functions in the upgrade migration"), nor one where the new version now deletes something it used
/// to refuse to ("Now databases will be dropped in any case"), remove anything of the release.
/// </summary>
public static partial class RemovedShape
{
    /// <summary>The names of <paramref name="names"/> that are things the item removes, cut at a ticket reference ("prefix #738").</summary>
    /// <param name="item">The item's text.</param>
    /// <param name="names">The names the release analysis reads as removed.</param>
    /// <param name="pairedKinds">Keep a bare kind the item pairs with a name ("method `Invoice.pay_now`"): it says what kind of thing that name is.</param>
    public static IReadOnlyList<string> Things(string item, IEnumerable<string> names, bool pairedKinds = false)
    {
        if (RemovesNothing(item))
        {
            return [];
        }

        var all = names.Select(Cut).Where(name => name.Length > 0).ToArray();
        var kept = all.Where(name => (IsThing(name, item) || (pairedKinds && Paired(name, item))) && !Stays(name, item) && !OnlyWhere(name, item)).ToList();
        // "The `proxy_enabled` output has also been removed" read as "been", "remove this variable" as "variable": what goes
        // is what the item calls by its kind.
        if (kept.Count < all.Length || kept.Count == 0)
        {
            kept.AddRange(KindNamed(item).Where(name => !Stays(name, item) && !OnlyWhere(name, item)));
        }

        return [.. kept.Select(name => Scoped(item, name)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// "`resource/github_repository_webhook`: Removed `name` attribute": a Terraform provider's changelog says whose attribute
    /// goes before the colon; a bare "name" would send the operator to take every `name` out of the configuration.
    /// </summary>
    private static string Scoped(string item, string name) =>
        ResourceScope().Match(item) is { Success: true } scope && Attribute().IsMatch(name) && !name.Equals(scope.Groups["type"].Value, StringComparison.OrdinalIgnoreCase)
            ? $"{scope.Groups["type"].Value}.{name}"
            : name;

    [GeneratedRegex(@"^\W*(?:resource|data[-_]?source|r|d)/(?<type>[a-z][a-z0-9]*_[a-z0-9_]+)[`*]*\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ResourceScope();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Attribute();

    /// <summary>
    /// The names in code font that a sentence with a removal word calls by their kind, after them ("The `a` and `b` variables
    /// have been removed") or before them ("Remove unsupported method `Invoice.pay_now`"), not a list's owner ("`X`
    /// properties:") or a replacement ("use the `c` option").
    /// </summary>
    private static IEnumerable<string> KindNamed(string item) =>
        item.Split('\n').SelectMany(Sentences.Of).Where(sentence => RemovalWord().IsMatch(sentence) && !RemovesNothing(sentence))
            .SelectMany(sentence => KindList().Matches(sentence).Concat(KindFirst().Matches(sentence)))
            .SelectMany(match => match.Groups["name"].Captures.Select(capture => capture.Value));

    [GeneratedRegex($@"(?<!\b(?:use|using|instead\s+of|in\s+favou?r\s+of|to|by|with|from|of|in|pass(?:es|ed|ing)?|run(?:s|ning)?|invok(?:e|es|ing)|call(?:s|ing)?)\s+(?:the\s+)?)`+(?<name>[^`\n]{{1,60}}?)`+(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)`+(?<name>[^`\n]{{1,60}}?)`+)*\s+{Kind}\b(?!\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KindList();

    [GeneratedRegex($@"(?<!\b(?:use|using|instead\s+of|in\s+favou?r\s+of|to|by|with|from|of|in|pass(?:es|ed|ing)?|run(?:s|ning)?|invok(?:e|es|ing)|call(?:s|ing)?)\s+(?:the\s+)?(?:new\s+|\w+\s+)?)\b{Kind}\s+`+(?<name>[^`\n]{{1,60}}?)`+(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)`+(?<name>[^`\n]{{1,60}}?)`+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KindFirst();

    /// <summary>What a removal's own words say goes ("\"kubernetes deploy annotation prefix\""), or null when they name no thing.</summary>
    /// <param name="what">The words, unquoted.</param>
    /// <param name="item">The item they are from.</param>
    public static string? Subject(string what, string item)
    {
        // "connections before drop database": what is removed ends where a clause of time or condition begins.
        what = Clause().Replace(Cut(what), string.Empty);
        if (what.Length < 4 || RemovesNothing(item))
        {
            return null;
        }

        if (IsThing(what, item))
        {
            return what;
        }

        // "Remove unused columns from spree_promotion_rules": a kind with no name is named by the table it is taken from.
        return From().Match(item, Math.Max(0, item.IndexOf(what, StringComparison.OrdinalIgnoreCase))) is { Success: true } from && Identifier().IsMatch(from.Groups["owner"].Value)
            ? $"{what} {from.Groups["at"].Value} {from.Groups["owner"].Value}"
            : null;
    }

    /// <summary>
    /// Every removal word of the item is negated ("Don't drop functions …", "no longer drops X", "does not remove"), or the
    /// item says the new version now deletes something (a behaviour change, not a removed item).
    /// </summary>
    /// <remarks>
    /// Also "C5 Collections removed from ILMerge process", "Common.Logging removed from dependencies": what leaves the
    /// project's build or dependency list is no API, option or data the operator's services use (the release still removes
    /// it, so <see cref="Denies"/> does not count it).
    /// </remarks>
    public static bool RemovesNothing(string item)
    {
        var words = RemovalWord().Matches(item);
        return (words.Count > 0 && words.All(word => Negation().IsMatch(item[Math.Max(0, word.Index - 24)..word.Index]) || Ephemeral().IsMatch(item[(word.Index + word.Length)..])
                || NotAThing().IsMatch(item[(word.Index + word.Length)..]) || FromPackaging().IsMatch(item[(word.Index + word.Length)..])))
            || WidenedDeletion.In(item);
    }

    /// <summary>
    /// Every removal word of the item is denied ("The install migration no longer drops the audit functions", "does not
    /// remove", "won't be deleted"), or what it removes is a default or a warning ("remove the schema default for auto_apply"):
    /// the release removes nothing. Unlike <see cref="RemovesNothing"/>, a clause of time
    /// ("after dropping the old index") does not count: that removal still happens.
    /// </summary>
    public static bool Denies(string item)
    {
        var words = RemovalWord().Matches(item);
        return words.Count > 0 && words.All(word => Denial().IsMatch(item[Math.Max(0, word.Index - 24)..word.Index]) || NotAThing().IsMatch(item[(word.Index + word.Length)..]));
    }

    /// <summary>"Remove kubernetes deploy annotation prefix [#738](…)": the ticket and what follows it are no part of the name.</summary>
    private static string Cut(string name) => Ticket().Replace(name, string.Empty).Trim().TrimEnd(',', ';', ':', '.').Trim();

    private static bool IsThing(string name, string item)
    {
        if (item.Contains($"`{name}`", StringComparison.OrdinalIgnoreCase) || Identifier().IsMatch(name))
        {
            // "Removed `MollieApiClient` properties:": the listed members go, the class they belong to stays.
            return !Owner().IsMatch(Tail(item, name));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            return words.Any(word => !Generic().IsMatch(word));
        }

        // A plain word ("vendors", "sessions") may be a name; a kind, grammar or a participle ("existing") never is.
        return !Generic().IsMatch(name) && !Participle().IsMatch(name);
    }

    /// <summary>A bare kind right beside a name of a name's shape: "method `Invoice.pay_now`", "`legacy_login` argument".</summary>
    private static bool Paired(string name, string item) =>
        Regex.IsMatch(name, $"^{Kind}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)
        && Regex.IsMatch(item, $@"\b{Regex.Escape(name)}\s+`[^`\s]+`|`[^`\s]+`\s+{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>
    /// "X stays", "renamed to X", "renamed … as X", "moved into X", "A --> X", "X should be used instead", "use X instead":
    /// every mention of the name says it is still there, as what replaces the thing that goes.
    /// </summary>
    private static bool Stays(string name, string item)
    {
        var mentions = Mentions(name, item);
        return mentions.Count > 0 && mentions.All(mention => StaysAfter().IsMatch(item[(mention.Index + mention.Length)..])
            || NewNameBefore().IsMatch(item[Math.Max(0, mention.Index - 60)..mention.Index])
            || (UseBefore().IsMatch(item[Math.Max(0, mention.Index - 100)..mention.Index]) && InsteadAfter().IsMatch(item[(mention.Index + mention.Length)..])));
    }

    /// <summary>
    /// Where the item mentions the name as a whole word (not inside "a.name" or "names", nor inside a longer hyphenated name:
    /// "`iam-group`" is not mentioned by "`iam-group-with-policies`").
    /// </summary>
    private static MatchCollection Mentions(string name, string item) =>
        Regex.Matches(item, $@"(?<![\w.]|\w-){Regex.Escape(name)}(?![\w]|-\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    private static string Tail(string item, string name)
    {
        var at = item.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : item[(at + name.Length)..];
    }

    private const string Kind = @"(?:columns?|tables?|index(?:es)?|endpoints?|routes?|settings?|options?|keys?|flags?|variables?|outputs?|arguments?|parameters?|methods?|functions?|class(?:es)?|modules?|extensions?|collections?|views?|topics?|queues?|buckets?|properties|property|attributes?|fields?|commands?|resources?|sub-?modules?|annotations?|labels?|metrics?)";

    /// <summary>A name's shape: a flag, a path, a dotted, snake_case, hyphenated, CamelCase or numbered name, a call, a $variable.</summary>
    [GeneratedRegex(@"^(?:--?[\w-]+|/[\w/{}.:-]+|\$\w+|[%@]\w+|.*[_./:\\]\w.*|.*\w-\w.*|.*\(\)|.*[a-z][A-Z].*|.*[A-Z]{2}.*|.*\d.*)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Identifier();

    /// <summary>Grammar, vague quantities, adjectives of age or state, and the kinds of things themselves: no word of a name.</summary>
    [GeneratedRegex($@"^(?:{Kind}|the|a|an|of|in|on|from|for|to|and|or|with|its|their|all|any|some|several|multiple|various|many|few|certain|other|these|those|both|each|every|been|be|being|existing|ancient|old|older|legacy|deprecated|unused|obsolete|outdated|redundant|duplicate|related|internal|previous|database|databases|db|data|code|support|functionality|feature|features|things?|items?|stuff|api|apis|files?|types?|values?|connections?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Generic();

    [GeneratedRegex(@"^[a-z]+(?:ed|ing)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Participle();

    /// <summary>" properties:", "` methods:": the name owns the list of members that follows.</summary>
    [GeneratedRegex(@"^[`""']?\s+(?:properties|methods|members|attributes|fields|constants|arguments|options)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Owner();

    /// <summary>"Drop connections before …", "closes idle sessions' connections": what is dropped holds nothing stored.</summary>
    [GeneratedRegex(@"^\s+(?:(?:all|any|open|idle|active|existing|stale)\s+)*connections?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Ephemeral();

    [GeneratedRegex(@"\s*(?:\[#\d+\](?:\([^)\s]*\))?|\(#\d+\)|#\d+)(?:.*)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Ticket();

    [GeneratedRegex(@"\b(?:drop|drops|dropped|dropping|remove|removes|removed|removing|delete|deletes|deleted|deleting|purge|purges|purged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RemovalWord();

    /// <summary>
    /// "Don't ", "does not ", "no longer ", "won't be ", "failed to ": the removal word that follows is denied; "before ",
    /// "when ": it says when the change applies ("Close connections before drop database"), not what the release removes.
    /// </summary>
    private const string Denied = @"\bdon['’]?t|\bdo\s+not|\bdoes\s+not|\bdoesn['’]?t|\bno\s+longer|\bnever|\bwon['’]?t(?:\s+be)?|\bwill\s+not(?:\s+be)?|\bnot\s+be|\b(?:is|are|was|were)\s+not|\bisn['’]?t|\baren['’]?t|\bfail(?:s|ed)?\s+to|\bcould\s+not|\bcannot|\bcan['’]?t|\bunable\s+to";

    [GeneratedRegex($@"(?:{Denied}|\bbefore|\bafter|\bwhen|\bwhile|\bduring)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Negation();

    [GeneratedRegex($@"(?:{Denied})\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Denial();

    /// <summary>
    /// A clause of time or condition ("before drop database"), or of the means ("must be removed using the command …",
    /// "removed via the admin console"): how or when something goes, not what goes.
    /// </summary>
    [GeneratedRegex(@"(?:^|\s+)(?:before|after|when|while|until|unless|if|once|using|via)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\G[^.;\n]*?\b(?<at>from|on|of)\s+[`""']?(?<owner>[A-Za-z_][\w.]*[\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex From();

    /// <summary>" stays", " remains", "` should be used instead", "` or [`other`](…) should be used instead".</summary>
    [GeneratedRegex(@"^[`""']?(?:\s+(?:stays|remains|is\s+kept|are\s+kept|still\s+exists?)\b|(?:\]\([^)\s]*\))?(?:\s*,?\s+(?:or|and)\s+[^;\n]{0,120}?)?\s+(?:should|must|can|could|is\s+to|are\s+to)\s+be\s+used\s+instead\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StaysAfter();

    /// <summary>"renamed to `", "renamed the `a` module as `", "merged into `", "replaced by `", "superseded by `", "--> `", "=> `", "in favour of `".</summary>
    [GeneratedRegex(@"(?:\brenamed\s+(?:\w+\s+)?(?:to|into)|\brenamed\s+(?:the\s+)?[`""']?[^`""';.\n]{1,40}[`""']?(?:\s+\w+)?\s+as|\breplaced\s+(?:by|with)|\bsuperseded\s+by|\bmoved\s+(?:in)?to|\bmerged\s+into|\bin\s+favou?r\s+of|→|->|=>)\s*[`""']?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NewNameBefore();

    /// <summary>"Use `", "use the `", "use `a` and `": the start of "use X instead" (X after a list of other new names).</summary>
    [GeneratedRegex(@"\b(?:use|using)\s+(?:the\s+)?(?:`[^`\n]+`\s*(?:,|\band\b|\bor\b)\s*)*[`""']?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UseBefore();

    /// <summary>"` instead", "` and `other` instead", "` from now on instead": what comes after the new name in "use X instead".</summary>
    [GeneratedRegex(@"^[`""']?[^;.\n]{0,60}?\binstead\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex InsteadAfter();
}
