using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>What a step of the notes does, by its verbs (in the notes' language); the plan writes its own sentence for it.</summary>
internal enum StatedAction
{
    Create,
    Copy,
    Wait,
    Drain,
    Remove,
    Switch,
    Restart,
    Deploy,
    Offsets,
    Verify,
    Upgrade,
    Analyze,
    CatchUp,
}

/// <summary>One step of the notes' own sequence: its number, what it does, the names it gives and the minutes it states.</summary>
/// <param name="Primary">The action whose word comes first: what a step of its own for it does.</param>
/// <param name="Words">The action words as the notes write them ("swap", "drop"), to say which step of the notes a plan step carries out.</param>
internal sealed record StatedStep(int Number, IReadOnlySet<StatedAction> Actions, StatedAction? Primary, IReadOnlyList<string> Names, int? Minutes, IReadOnlyList<string> Words);

/// <summary>
/// The order the notes require, when they give one: a numbered list ("1. … 2. …"), "first X, then Y, then Z" (or
/// "zuerst … danach", "d'abord … puis", "primero … luego", "primeiro … depois"), or "before the deploy, X", which puts
/// X before the rollout. Only the verbs and names of each step are kept, never its free text.
/// </summary>
internal static partial class StatedSequence
{
    public static IReadOnlyList<StatedStep> Read(string notes)
    {
        var list = Numbered().Matches(notes);
        var numbered = list.Select(match => match.Groups["text"].Value).ToArray();
        // A numbered changelog ("1. Add dark mode 2. Fix the login bug") is not a procedure: one is introduced as one
        // ("Plan from the DB team:") or has at least two operational steps beyond adding things.
        if (numbered.Length >= 2 && (Introduced(notes, list[0].Index) || Steps(numbered, notes).Count(step => step.Primary is { } action && action != StatedAction.Create) >= 2))
        {
            // A list that describes what happens by itself ("With these settings the following will happen: 1. … 2. …") is
            // no step of the operator's; the others keep their numbers, as every reader of the notes' steps counts them.
            var described = Described(notes, list);
            return [.. Steps(numbered, notes).Where(step => !described.Contains(step.Number))];
        }

        foreach (var sentence in Sentence().Split(notes))
        {
            // "order: notifier-svc up, lag on notify.events at 0, then platform-api": each comma is a step.
            if (OrderList().Match(sentence) is { Success: true } order
                && Then().Split(order.Groups["steps"].Value).SelectMany(part => part.Split(',')).Where(part => part.Trim().Length > 0).ToArray() is { Length: >= 2 } listed)
            {
                return Steps(listed, notes);
            }

            var parts = Then().Split(sentence).Where(part => part.Trim().Length > 0).ToArray();
            if (parts.Length >= 2 && (First().IsMatch(sentence) || parts.Length >= 3))
            {
                return Steps(parts, notes);
            }
        }

        var before = Sentence().Split(notes).Where(sentence => BeforeDeploy().IsMatch(sentence)).Select(sentence => BeforeDeploy().Replace(sentence, " ")).ToArray();
        return before.Length > 0 ? Steps([.. before, "deploy"], notes) : [];
    }


    /// <summary>Every action word the text uses; a plan step is classified by the same words.</summary>
    public static IReadOnlySet<StatedAction> Classify(string text)
    {
        var actions = new HashSet<StatedAction>();
        foreach (var (action, pattern) in Vocabulary)
        {
            if (pattern.IsMatch(WithoutNames(text)))
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    /// <summary>The action whose word comes first in the text ("Apply the reviewed plan … and wait" is Create, not Wait).</summary>
    public static StatedAction? FirstAction(string text) =>
        Vocabulary.Select(entry => (entry.Action, Match: entry.Pattern.Match(WithoutNames(text)))).Where(found => found.Match.Success)
            .OrderBy(found => found.Match.Index).Select(found => (StatedAction?)found.Action).FirstOrDefault();

    private static StatedStep[] Steps(IReadOnlyList<string> texts, string notes) =>
        [.. texts.Select((text, index) => new StatedStep(index + 1, Classify(text), Primary(text), Names(text, notes), Minutes(text), Words(text)))];

    /// <summary>The names a step gives, and the hyphenated ones the notes use more than once ("drain pool-a … remove pool-a").</summary>
    private static string[] Names(string text, string notes) =>
        [.. NotesFacts.NamesIn(text).Concat(Hyphenated().Matches(text).Select(match => match.Value)
                .Where(name => Regex.Count(notes, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])") >= 2))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(4)];

    [GeneratedRegex(@"(?<![\w./:@-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w/@-]|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Hyphenated();

    /// <summary>Names are not verbs: "orders.created" creates nothing, "reindex-products" is a job's name.</summary>
    private static string WithoutNames(string text) => NameToken().Replace(Quoted().Replace(text, " "), " ");

    [GeneratedRegex(@"[\w-]*[._/=-][\w./=-]*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NameToken();

    [GeneratedRegex(@"""[^""\n]*""|`[^`\n]*`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Quoted();

    /// <summary>The specific action when there is one ("set the offsets" resets offsets), otherwise the first.</summary>
    private static StatedAction? Primary(string text) =>
        new StatedAction?[] { StatedAction.Offsets, StatedAction.Drain, StatedAction.Analyze, StatedAction.CatchUp }.FirstOrDefault(action => Classify(text).Contains(action!.Value)) ?? FirstAction(text);

    /// <summary>The action words in the order the text uses them, lower case, only letters (safe to quote from untrusted notes).</summary>
    private static string[] Words(string text) =>
        [.. Vocabulary.SelectMany(entry => entry.Pattern.Matches(WithoutNames(text))).OrderBy(match => match.Index).Select(match => match.Value.Trim().ToLowerInvariant())
            .Where(word => word.Length is > 2 and <= 20 && word.All(char.IsLetter)).Distinct(StringComparer.Ordinal).Take(3)];

    private static int? Minutes(string text) => StatedDurations.First(text, Duration());

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private static readonly (StatedAction Action, Regex Pattern)[] Vocabulary =
    [
        (StatedAction.CatchUp, new(@"\blag\b[^,;.\n]{0,40}?(?:\bat\s+|=\s*|\bis\s+|\bto\s+)(?:0|zero)\b | \bcaught\s+up\b | \bcatch(?:es)?\s+up\b", Options, MatchBudget.Timeout)),
        (StatedAction.Offsets, new(@"\boffsets?\b | \bversatz\b | \bd[ée]calages?\b", Options, MatchBudget.Timeout)),
        (StatedAction.Drain, new(@"\bcordon\w* | \bdrain\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Wait, new(@"\bwait\w* | \bwarte\w* | \battend\w* | \besper\w* | \baguard\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Copy, new(@"\bcop(?:y|ies|ying)\b | \bbatch-?cop\w* | \bback-?fill\w* | \bre-?index\w* | \bfill\w* | \bkopier\w* | \bcopi\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Remove, new(@"\bremov\w* | \bdelet\w* | \bdrop\w* | \bdecommission\w* | \bdestroy\w* | \bcontract\b | \bentfern\w* | \bl[öo]sch\w* | \bsupprim\w* | \belimin\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Switch, new(@"\bswitch\w* | \bswap\w* | \bflip\w* | \bpoint\w* | \bcut\s*over\b | \bpromot\w* | \bset\b | \bsets\b | \bumschalt\w* | \bbascul\w* | \bcambi\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Restart, new(@"\brestart\w* | \bneu\s+start\w* | \bred[ée]marr\w* | \breinici\w* | \bbounce\b", Options, MatchBudget.Timeout)),
        (StatedAction.Upgrade, new(@"\bupgrad\w* | \bpg_upgrade\b", Options, MatchBudget.Timeout)),
        (StatedAction.Analyze, new(@"\banalyze\b | \bvacuum\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Verify, new(@"\bverif\w* | \bcompare\w* | \bvalidat\w* | \bmatch\w* | \bpr[üu]f\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Deploy, new(@"\bdeploy\w* | \broll(?:s|ed)?\s+out\b | \brollout\b | \bship\w*", Options, MatchBudget.Timeout)),
        (StatedAction.Create, new(@"\bcreat\w* | \badd\w* | \bprovision\w* | \bpublish\w* | \bappl(?:y|ies|ied)\b | \bregister\w* | \bexpand\b | \bbuild\w* | \berstell\w* | \banleg\w* | \bcr[ée]\w* | \bcri\w*", Options, MatchBudget.Timeout)),
    ];

    [GeneratedRegex(@"^\s*(?:(?<n>\d{1,2})[.)]|step\s+(?<n>\d{1,2}):?)\s+(?<text>\S[^\n]*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Sentence();

    [GeneratedRegex(@",?\s*\b(?:and\s+)?(?:then|afterwards|danach|dann|anschlie[ßs]end|ensuite|puis|luego|despu[ée]s|depois|em\s+seguida)\b\s*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Then();

    [GeneratedRegex(@"^\W*(?:deploy(?:ment)?\s+|rollout\s+)?order\s*:\s*(?<steps>.+)$", Options, MatchBudget.Milliseconds)]
    private static partial Regex OrderList();

    [GeneratedRegex(@"\bfirst\b | \bzuerst\b | \bd'abord\b | \bprimero\b | \bprimeiro\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex First();

    [GeneratedRegex(@"^\W*(?:before|prior\s+to|vor|avant|antes\s+de[l]?)\s+(?:the\s+|dem\s+|le\s+|el\s+|o\s+)?(?:deploy\w*|rollout|release|roll-?out|d[ée]ploiement|despliegue|implanta[çc][ãa]o)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex BeforeDeploy();

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?|m|stunden?|std)(?:\s*(?<m2>\d{1,2})(?:\s*(?:minutes?|mins?|m)\b|(?!\d))|\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Duration();
}
