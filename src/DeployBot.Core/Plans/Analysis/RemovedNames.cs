using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Which names of a destructive item it removes. An item names more than what it removes: what replaces it ("LEGACY_TOKEN_TTL
/// gone, use SESSION_TTL"), what the release creates ("REDIS_URL points at new elasticache session-prod"), where a backfill
/// reads from ("backfill orders.currency from accounts.default_currency"), a version ("reads removed in 2026.11.1"). A plan
/// that drops or "confirms unused" one of those would break the release it deploys.
/// </summary>
internal static partial class RemovedNames
{
    /// <summary>
    /// The names the item's own removal words point at ("kill /v1/login", "sessions table dropped", "old MAILGUN_KEY +
    /// MAILGUN_DOMAIN removed"), else <paramref name="names"/> without versions and without names the item only gives as a
    /// replacement or a new thing.
    /// </summary>
    /// <remarks>Only things an operator can look for (<see cref="RemovedShape"/>): never "been" or "database", nor what a negated sentence names.</remarks>
    public static string[] Pick(string item, IReadOnlyList<string> names) => [.. RemovedShape.Things(item, Pointed(item, names))];

    private static string[] Pointed(string item, IReadOnlyList<string> names)
    {
        item = Typos.Correct(item);
        var candidates = names.Where(name => !Version().IsMatch(name)).ToArray();
        // "removing: /healthcheck (use /healthz), /metrics-old, /debug/pprof": a list after a removal word and a colon.
        var listed = ColonList().Match(item) is { Success: true } list
            ? candidates.Where(name => list.Groups["rest"].Value.Contains(name, StringComparison.OrdinalIgnoreCase) && !OnlyAsReplacement(item, name))
            : [];
        var pointed = Said(item).Concat(listed).ToArray();
        // A name in code font ("the deprecated `fields` parameter") is a name whatever word it is.
        var tails = PhraseTails(item);
        var said = pointed.Where(name => (!NoName().IsMatch(name) || item.Contains($"`{name}`", StringComparison.OrdinalIgnoreCase)) && !tails.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        // "the Kustomization kind was promoted … and deprecated fields were removed": what goes is the fields, not the
        // other names of the item; with no name of its own the plan points at the item's line.
        if (said.Length == 0 && pointed.Length > 0)
        {
            return [];
        }

        // "removed XML export (…) and the EXPORT_XML_ENABLED setting": an acronym or capitalised word after the verb says what
        // kind of thing goes; where the item also gives names, those are what a step confirms unused.
        var named = candidates.Where(name => !OnlyAsReplacement(item, name)
            && !candidates.Any(other => other.Length > name.Length && other.StartsWith(name + "/", StringComparison.OrdinalIgnoreCase))).ToArray();
        if (said.Length > 0 && named.Length > 0 && said.All(name => Descriptive().IsMatch(name) && !candidates.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            return named;
        }

        if (said.Length > 0)
        {
            // A name the removal words cover in full ("payments.gateway_ref_old") is the name the notes gave it; a bare kind
            // ("/debug/pprof reachable … route removed from public listener") is the thing of that kind the item names.
            return [.. said.SelectMany(name => candidates.FirstOrDefault(candidate => candidate.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } given ? [given]
                : OfKind(name, named) is { Length: > 0 } ofKind ? ofKind : [name]).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        // "Passing the `-repair` flag to the `boundary database migrate` command will … remove redundant grant scopes": what
        // the item passes or runs is the tool of the removal, not what it removes.
        return [.. candidates.Where(name => !OnlyAsReplacement(item, name) && !Passed(item, name))];
    }

    /// <remarks>
    /// A command the item names as a run is a tool too: "rather than leaving it until the next `migrate`", "each
    /// `reindex`", "until you run `vacuum`" name when something happens, not what goes.
    /// </remarks>
    private static bool Passed(string item, string name) =>
        Regex.IsMatch(item, $@"\b(?:pass(?:ing|es|ed)?|run(?:ning|s)?|invok(?:e|es|ing))\s+(?:the\s+)?`?{Regex.Escape(name)}`?(?:\s+(?:flag|option|argument|command))?\s+(?:to|with|on|against)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)
        || Regex.IsMatch(item, $@"\b(?:(?:the\s+)?(?:next|every|each|another)\s+|(?:until|before|after|when|instead\s+of)\s+(?:you\s+)?(?:run|execute|invoke)\s+(?:the\s+)?)`{Regex.Escape(name)}`(?!\s*(?:tables?|columns?|index(?:es)?|fields?|settings?|options?|keys?|endpoints?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>
    /// The names of the item that are of the kind a bare kind noun says ("route", "endpoint": the URL paths it names), or
    /// none when the noun is no kind or the item names nothing of it.
    /// </summary>
    private static string[] OfKind(string noun, IReadOnlyList<string> names) =>
        RouteNoun().IsMatch(noun) ? [.. names.Where(name => name.StartsWith('/') && !name.StartsWith("//", StringComparison.Ordinal) && !FileEnding().IsMatch(name))] : [];

    [GeneratedRegex(@"^(?:routes?|endpoints?|paths?|urls?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex RouteNoun();

    [GeneratedRegex(@"\.(?:rb|sql|py|go|js|ts|java|kt|cs|php|ya?ml|json|sh|conf|toml|ini)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FileEnding();

    /// <summary>
    /// A quantifier or a bare plural of a kind of thing ("some settings have been removed", "deprecated fields were
    /// removed"): the removal words point at it, but it names nothing a step could check. Nor does a use or an import of
    /// something ("Removed use of `u`", "Removed import for `json`": the library stopped using it inside) or an adverb
    /// ("and thus dropped support for …").
    /// </summary>
    [GeneratedRegex(@"^(?:some|many|several|all|any|multiple|various|few|certain|other|others|most|these|those|both|each|every|older|old|deprecated|legacy|unused|obsolete|fields|settings|options|parameters|params|arguments|attributes|properties|methods|functions|classes|modules|endpoints|routes|flags|keys|columns|tables|features|commands|types|files|apis|variables|values|use|uses|usage|import|imports|thus|therefore|hence|consequently|accordingly|subsequently|eventually|finally|automatically|silently|completely|entirely|effectively|simply|already|previously)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NoName();

    /// <summary>A version number ("2026.11.1", "v3.14.0", "1.2.3-rc.1"): what an item cites, never a name it removes or a plan acts on.</summary>
    public static bool IsVersion(string name) => Version().IsMatch(name);

    [GeneratedRegex(@"^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Version();

    /// <summary>The names the item gives only as what replaces the removed thing or is new ("use SESSION_TTL", "points at new … session-prod").</summary>
    public static string[] Replacements(string item, IReadOnlyList<string> names)
    {
        item = Typos.Correct(item);
        var removed = Pick(item, names);
        return [.. names.Where(name => !Version().IsMatch(name) && Mentions(item, name).All(before => ReplacedBy().IsMatch(before))
            && !removed.Contains(name, StringComparer.OrdinalIgnoreCase))];
    }

    /// <summary>The text before each mention of <paramref name="name"/> (up to 40 characters).</summary>
    private static IEnumerable<string> Mentions(string item, string name) =>
        Regex.Matches(item, Regex.Escape(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)
            .Select(mention => item[Math.Max(0, mention.Index - 40)..mention.Index]);

    /// <summary>
    /// Words that introduce what takes the removed thing's place, narrower than <see cref="ReplacementBefore"/> ("from" is
    /// a source, not a replacement); a name after "on", "in", "for" is where the change happens ("pg 13 -> 16 on orders-db").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:use|uses|using|new|replaced\s+(?:by|with)|points?\s+(?:at|to)|switch(?:ed|es)?\s+to|mov(?:e|ed|es)\s+to)|\bin\s+favou?r\s+of|→|->|=>)\s*(?:the\s+|a\s+)?(?:(?!(?:on|in|at|for|of)\s)[\w-]+\s+){0,2}[`""'(]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReplacedBy();

    /// <summary>The names right after a removal word, or right before "gone"/"removed"/"dropped".</summary>
    private static IEnumerable<string> Said(string item)
    {
        var said = Removal().Matches(item).Select(match => (Match: match, Verb: true)).Concat(Gone().Matches(item).Select(match => (Match: match, Verb: false)))
            .OrderBy(found => found.Match.Index)
            // The name in brackets right after the last name spells it out ("pw hash col gone (users.password_md5)"); after
            // its kind it does not ("drop the orders.status column (db/migrations/V90__drop.sql)").
            .SelectMany(found => (Spelled().Match(item, found.Verb ? EndOfNames(found.Match) : found.Match.Index + found.Match.Length) is { Success: true } spelled
                ? [(Name: spelled.Groups["name"].Value, Named: true)]
                : found.Match.Groups["name"].Captures
                    // "remove optional lesser used plugins", "Remove incomplete \"provider specific signing key\" feature": a
                    // plain word followed by more words describes what goes; it is not its name.
                    .Where(capture => !(found.Verb && PlainWord().IsMatch(capture.Value) && DescribedAfter().IsMatch(item, capture.Index + capture.Length)))
                    .Select(capture => KindAfter().Match(item, capture.Index + capture.Length) is { Success: true } kind
                        // "remove legacy export endpoint /v1/export": a plain word and its kind describe the name that follows them.
                        ? (Name: PlainWord().IsMatch(capture.Value) && Apposed().Match(item, kind.Index + kind.Length) is { Success: true } apposed
                            ? apposed.Groups["name"].Value : Trimmed(capture.Value), Named: true)
                        : (Name: Trimmed(capture.Value), Named: false)))
                .Select(name => (name.Name, found.Verb, name.Named)))
            .Where(found => found.Name.Length > 2 && !Version().IsMatch(found.Name) && !Filler().IsMatch(found.Name))
            .DistinctBy(found => found.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        // "RemoveField order.legacy_status. last reader removed in 3.14.0", "dedupe customers … dups deleted": once a removal
        // verb names the object, a plain word before "removed" is what the sentence is about ("reader", "dups"); and a plain
        // word after a verb ("dedupe fix") gives way to a name after one ("truncate billing_daily_totals").
        // "drops the unused hstore extension": a plain word its kind follows is a name too.
        bool Shaped((string Name, bool Verb, bool Named) found) => !PlainWord().IsMatch(found.Name) || KindNoun().IsMatch(found.Name) || found.Named;
        if (!said.Any(found => found.Verb))
        {
            return said.Select(found => found.Name);
        }

        var shapedVerb = said.Any(found => found.Verb && Shaped(found));
        return said.Where(found => Shaped(found) || (found.Verb && !shapedVerb)).Select(found => found.Name);
    }

    private static string Trimmed(string name) => name.Trim('`', '"', '\'', '(', ')', ',', ':').TrimEnd('.');

    /// <summary>A name of a name's shape right after a kind ("endpoint /v1/export", "table audit_old"), not another word.</summary>
    [GeneratedRegex(@"\G[ \t]+`?(?<name>/[\w./:{}-]*[\w}]|[A-Za-z_][\w-]*[._/][\w./-]*[\w]|[A-Za-z][A-Za-z0-9]*_\w+)`?(?![\w.-])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Apposed();

    /// <summary>Where a removal verb's names end: before a kind that follows them ("orders.attrs_hstore col").</summary>
    private static int EndOfNames(Match match) =>
        match.Groups["name"].Captures is { Count: > 0 } names && !match.Value.EndsWith('`') ? names[^1].Index + names[^1].Length : match.Index + match.Length;

    /// <summary>An acronym or a capitalised word ("XML", "Legacy"): how notes describe a feature, not a name a step acts on.</summary>
    [GeneratedRegex(@"^(?:[A-Z]{2,6}|[A-Z][a-z]+)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Descriptive();

    /// <summary>More words right after a plain word, not a kind noun: " lesser used plugins", " \"provider specific …\"".</summary>
    [GeneratedRegex($@"\G[ \t]+(?:[""'`][a-z]|(?!{Kind}\b|(?:by|after|before|from|in|on|at|for|with|to|and|or|older|than|where|that|which|when|if|of|via|per|since|until|is|are|was|were|no|not)\b)[a-z])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex DescribedAfter();

    /// <summary>A word in lower case with nothing of a name's shape (no dot, underscore, slash, hyphen or capital).</summary>
    [GeneratedRegex(@"^[a-z]+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex PlainWord();

    /// <summary>A word that names a kind of thing ("route removed from public listener"): a real object, though a plain word.</summary>
    [GeneratedRegex($"^{Kind}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KindNoun();

    /// <summary>Every mention of <paramref name="name"/> follows a word that introduces what replaces or is new.</summary>
    private static bool OnlyAsReplacement(string item, string name)
    {
        var before = Mentions(item, name).ToArray();
        return before.Length > 0 && before.All(text => ReplacementBefore().IsMatch(text));
    }

    private const string Name = @"`?(?<name>/[\w./:{}-]*[\w}]|--[\w-]+|\.?[A-Za-z_](?:[\w.-]|::)*[\w])`?";

    /// <summary>A further name in a list ("old MAILGUN_KEY + MAILGUN_DOMAIN"): only a name shaped like one, not a word ("kill /v1/login, mobile …").</summary>
    private const string MoreName = @"`?(?<name>/[\w./:{}-]*[\w}]|--[\w-]+|[A-Za-z_][\w-]*(?:[._/-]|::)(?:[\w./-]|::)*[\w]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`?";

    private const string Kind = RemovalGrammar.Kind;

    [GeneratedRegex($$"""
        (?:\b(?:{{RemovalGrammar.Drop}}|{{RemovalGrammar.Remove}}|{{RemovalGrammar.Delete}}|{{RemovalGrammar.Kill}}|{{RemovalGrammar.Retire}}
           |rm|{{RemovalGrammar.Truncate}}|dedupe|dedupes|deduped|deduplicate|deduplicates|deduplicated)\b
           |(?-i:\b(?:Remove|Delete|Drop)(?:Field|Model|Column|Table|Index)\b|\b(?:remove|drop)_(?:column|table|index)\b))
        (?::\s*|\s+)(?:(?:the|a|our|old|legacy|deprecated|unused|obsolete|mongo(?:db)?|dynamo(?:db)?|firestore|{{Kind}}|(?:[a-z]+-)?[a-z]{3,}ed)\s+){0,3}
        {{Name}}(?:\s+{{Kind}}\b)?(?:{{RemovalGrammar.And}}{{MoreName}}(?:\s+{{Kind}}\b)?)*
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Removal();

    [GeneratedRegex($$"""
        (?<![\w./-]){{Name}}(?:(?:\s*(?:\+|&|\band\b)\s*|\s+/\s+){{MoreName}})*(?:\s*\(\s*v?\d+[\w.]*\s*\))?\s+(?:{{Kind}}\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|got|gets|will\s+be)\s+)?(?:now\s+)?
        (?:{{RemovalGrammar.Gone}}|truncated)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Gone();

    /// <summary>A kind of thing right after a name ("hstore extension", "orders.attrs_hstore col").</summary>
    [GeneratedRegex($@"\G`?\s+{Kind}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KindAfter();

    [GeneratedRegex(@"\b(?:remov\w*|drop\w*|delet\w*|kill\w*|retir\w*|gone)\s*:(?<rest>[^;\n]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ColonList();

    /// <summary>The name in brackets right after a removal said in words: "pw hash col gone (users.password_md5)".</summary>
    [GeneratedRegex(@"\G\s*\(\s*`?(?<name>[A-Za-z_/][\w./-]*[\w])`?\s*[),;]", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Spelled();

    /// <summary>Words that stand where a name could ("remove the need", "dropped support", "old var removed").</summary>
    [GeneratedRegex(@"^(?:the|a|an|it|its|this|that|them|they|all|any|old|var|support|need|needs|requirement|limit|option|config|configs|reads|writes|calls|code|feature|features|unused|legacy|deprecated|then|after|once|when|until|later|now|also|not|is|are|was|were|from|in|to|by|for|with|since|of|on|at|as|so|if|and|or|but|we|you|our|your|their)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Filler();

    /// <summary>
    /// "use X", "uses X", "points at new elasticache X", "from X", "→ X", "in favour of X", "replaced by X"; and what the item
    /// creates ("migration adds api_keys.key_hash, hashes every api_keys.key into it"): a new thing is never what goes. Not
    /// "added", which describes what goes as often ("remove the recently added /internal/metrics route").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:use|uses|using|now|new|from|into|to|at|via|with|by|adds?|adding|creates?|creating|introduc(?:e|es|ing))|\bin\s+favou?r\s+of|→|->|=>)\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}[`""'(]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReplacementBefore();
}
