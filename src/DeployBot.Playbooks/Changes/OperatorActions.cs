using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The items of upgrade notes that ask the operator to do something by hand ("A new export of analytics tables is
/// required", "you must re-run `occ maintenance:repair`", "grant … before upgrading", "Migrate yours with `app migrate
/// preferences` before the upgrade"): each becomes a step of the plan,
/// referred to by its line in the notes (shown above every plan), since only names and never an item's free text may
/// reach a plan. A command the notes give for a data migration has its own step (<see cref="StatedCommands"/>), a
/// dropped platform version its own check (<see cref="PlatformFloor"/>), and settings and removals their playbooks' steps.
/// </summary>
/// <param name="Line">The item's line in the notes (1 for the first), or null when it cannot be found there as written.</param>
/// <param name="Item">The item.</param>
/// <param name="Before">The notes say to do it before the upgrade (<see cref="Timing"/>); otherwise it is done once the new version runs.</param>
internal sealed partial record OperatorActions(int? Line, ReleaseItem Item, bool Before)
{
    /// <summary>The item asks it only of installs older than a version it names ("users with a version older than 0.25.x"): a check of the running version first.</summary>
    public bool IfOlder { get; init; }

    /// <summary>The item asks to make sure that what the operator runs supports the new version ("Make sure that your clients support X"): a check before the upgrade.</summary>
    public bool Precondition { get; init; }

    /// <summary>The item asks to try it outside production first ("run the migration in a test environment first"): a check of the rehearsal, not a step.</summary>
    public bool Rehearse { get; init; }

    /// <summary>The item tells how to keep the previous behaviour ("To restore the previous behavior, set X"): the owner's choice, made before the rollout.</summary>
    public bool KeepsOld { get; init; }

    /// <param name="analysis">The release analysis.</param>
    /// <param name="notes">The notes the items come from, to find each item's line.</param>
    /// <param name="stated">The data-migration command the notes give (<see cref="StatedCommands"/>), whose item has its own step.</param>
    public static IReadOnlyList<OperatorActions> Of(ReleaseAnalysis analysis, string notes, string? stated)
    {
        var found = new List<OperatorActions>();
        for (var i = 0; i < analysis.Items.Count; i++)
        {
            var item = analysis.Items[i];
            // An upgrade path through an intermediate version ("upgrade to 0.29.x prior to 0.30.x") is about the version
            // running now, which no config step checks, even when the item names the setting that made it necessary.
            var path = Timing.Intermediate(item.Text);
            // An item a playbook already acts on by name is not asked twice: a setting or secret to change gets the config
            // steps, a removal its contract or removal steps.
            if (item.Fix || !(Asks().IsMatch(item.Text) || Requires(item.Text) || (Imperative().IsMatch(item.Text) && !ChangeTitle(item.Text)) || path) || Negated().IsMatch(item.Text)
                || ReleaseAnalyzer.RaisesPlatformFloor(item.Text) || PlatformFloor.Raises(item.Text) || DependencyFloor.RequiredVersion(item.Text) is not null
                || (stated is not null && item.Text.Contains(stated, StringComparison.Ordinal)) || item.Destructive || (!path && KindEvidence.IsConfig(item) && !EditsPolicies(item.Text))
                // "A new table is required to be created in the database": the expand migration creates it before the rollout.
                || (item.Risks.Contains(RiskArea.Schema) && SqlCreates.AsksToCreate(item.Text)))
            {
                continue;
            }

            var line = LineOf(notes, item.Text);
            var before = Timing.Before(analysis.Items, i, notes, line);
            found.Add(new OperatorActions(line, item, before) { IfOlder = before && Timing.IfOlder(item.Text), KeepsOld = Timing.KeepsOld(item.Text), Precondition = Timing.IsPrecondition(item.Text), Rehearse = Timing.AsksRehearsal(item.Text) });
        }

        return found;
    }

    /// <summary>The text says to do it before the upgrade ("before upgrading", "prior to the deployment", "ahead of the upgrade").</summary>
    public static bool SaysBefore(string text) => Timing.SaysBefore(text);

    /// <summary>The text says to do it once the new version runs ("after upgrading", "once you have upgraded").</summary>
    public static bool SaysAfter(string text) => Timing.SaysAfter(text);

    /// <summary>
    /// The line of <paramref name="notes"/> an item starts on, found by its first words (items are kept on one line), or
    /// failing that on the line as it reads without its Markdown ("> **Important**: Due to …" is the item "Important: Due to …").
    /// </summary>
    public static int? LineOf(string notes, string item)
    {
        var start = item.Length <= 40 ? item : item[..40];
        var at = notes.IndexOf(start, StringComparison.Ordinal);
        if (at >= 0)
        {
            return 1 + notes.AsSpan(0, at).Count('\n');
        }

        var plain = Plain(item);
        plain = plain.Length <= 40 ? plain : plain[..40];
        var lines = notes.Split('\n');
        var found = Array.FindIndex(lines, line => Plain(line).Contains(plain, StringComparison.Ordinal));
        return plain.Length < 12 || found < 0 ? null : found + 1;
    }

    private static string Plain(string text) => Markup().Replace(Link().Replace(text, "${text}"), string.Empty);

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\([^)\s]*\)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"[*`]|^\s*(?:>\s*)+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Markup();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:is|are)\s+(?:now\s+)?required\b(?!\s+(?:by|for)\b)
        | \byou\s+(?:will\s+)?(?:must|need\s+to|have\s+to|should)\s+(?:now\s+|also\s+|first\s+)?(?:run|re-?run|update|change|set|add|grant|replace|remove|clear|migrate|re-?index|re-?create|regenerate|export|import|restart|upgrade|rebuild|delete|configure|rotate)\b
        | \b(?:must|need\s+to|needs\s+to|have\s+to)\s+(?:now\s+)?be\s+(?:re-?run|run|updated|changed|set|granted|re-?created|regenerated|exported|migrated|re-?indexed|rebuilt|restarted|deleted|removed|configured|rotated|adjusted|adapted|replaced|upgraded|converted|rewritten)\b
        | \b(?:must|need\s+to|have\s+to)\s+first\s+(?:upgrade|update|migrate|run|remove|install|disable|apply)\b
        | (?<!\bto\s)\b(?:make\s+sure|ensure)\s+(?:that\s+)?[^.;]{0,80}?\b(?:is|are|have\s+been|has\s+been)\s+(?:removed|updated|upgraded|adjusted|disabled|compatible|migrated|changed|converted|replaced|set)\b
        | (?<!\bto\s)\b(?:make\s+sure|ensure)\s+(?:to\s+|you\s+)(?:run|re-?run|update|upgrade|migrate|remove|disable|change|replace|back\s+up)\b
        | \bmanual\s+(?:upgrade\s+)?(?:steps?|action|intervention|migration)\b | \baction\s+required\b | \bplease\s+(?:make\s+sure\s+(?:to|you)\s+|ensure\s+(?:to|you)\s+)?(?:run|re-?run|update|upgrade|migrate|re-?index|rebuild|restart|grant|set)\b
        | \brequires?\s+(?:a\s+|an\s+)?(?:full\s+|manual\s+)?(?:re-?index|data\s+migration|re-?build|re-?export|restart|re-?generation)\b
        | (?:^|[.!]\s+)(?:please\s+)?(?:run|re-?run|execute|invoke|migrate|convert|export|import)\b[^.;`]{0,40}?`[^`]+\s[^`]+`[^.;]{0,60}?\b(?:before|prior\s+to|ahead\s+of)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Asks();

    /// <summary>An item that starts with "Ensure …" or "Make sure …", which asks something only when it is not a change's title.</summary>
    [GeneratedRegex(@"^(?:please\s+)?(?:make\s+sure|ensure)\s+(?!(?:that\s+)?(?:to\s+|you\s+)?(?:review|read|check\s+out|look)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Imperative();

    /// <summary>"no manual steps are required", "No particular permissions are required", "you no longer need to run": the notes rule the action out.</summary>
    [GeneratedRegex(@"\bno\s+(?:[\w/-]+\s+){1,5}?(?:is|are)\s+(?:required|needed|necessary)\b | \bno\s+longer\s+(?:need|required|necessary)\b | \b(?:is|are)\s+not\s+required\b | \bdon'?t\s+need\s+to\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Negated();

    /// <summary>
    /// When an action is done: before the rollout when the item says so in any of the ways notes say it ("before you
    /// upgrade", "prior to 0.30.x", "ahead of the upgrade", "upgrade to 0.29.x first"), when it applies only to installs
    /// older than a version (a check of the version running now), or when the notes say what happens otherwise (the
    /// next item's "Not doing so will result in all app containers stopping", "Incompatible plugins will break the server
    /// startup") or that the old form stops working ("… is no longer supported" in the same section as "must be updated").
    /// "After upgrading, run X" stays after the rollout whatever else it says.
    /// </summary>
    private static partial class Timing
    {
        /// <summary>How many items after the action a consequence of not doing it may stand ("Not doing so …").</summary>
        private const int Following = 2;

        public static bool Before(IReadOnlyList<ReleaseItem> items, int index, string notes, int? line)
        {
            var text = items[index].Text;
            if (Explicit().IsMatch(text) || Precondition().IsMatch(text))
            {
                return true;
            }

            if (After().IsMatch(text))
            {
                return false;
            }

            if (First().IsMatch(text) || Separately().IsMatch(text) || IfOlder(text) || Breaks().IsMatch(text) || Requires(text) || KeepsOld(text) || Overcomes(text, text))
            {
                return true;
            }

            var section = Section(items, index, notes, line).ToList();
            // "The upgrade will complain about … To overcome this, you will need to …": what gets the upgrade through comes before it.
            return section.Where(other => other.Index < index && other.Index >= index - Following).Any(other => Overcomes(text, other.Text))
                || section.Where(other => other.Index > index && other.Index <= index + Following).Any(other => Otherwise().IsMatch(other.Text) || Breaks().IsMatch(other.Text))
                || (Adapts().IsMatch(text) && section.Any(other => other.Index != index && Unsupported().IsMatch(other.Text)));
        }

        public static bool IfOlder(string item) => Older().IsMatch(item);

        /// <summary>"Run the migration in a test environment first": a rehearsal before the window, not a production step.</summary>
        public static bool AsksRehearsal(string item) => Rehearse().IsMatch(item);

        /// <summary>"Make sure that your clients support X": a condition checked before the upgrade.</summary>
        public static bool IsPrecondition(string item) => Precondition().IsMatch(item);

        /// <summary>"To restore the previous behavior, set X", "to keep the behavior unchanged, X should be set", "if you relied on it, set X to false explicitly": a choice made before the rollout.</summary>
        public static bool KeepsOld(string item) => Restores().IsMatch(item);

        /// <summary>The action works around a failure of the upgrade itself, which <paramref name="failure"/> (the same or an earlier item) states.</summary>
        private static bool Overcomes(string action, string failure) => WorksAround().IsMatch(action) && UpgradeFails().IsMatch(failure);

        public static bool SaysBefore(string text) => Explicit().IsMatch(text);

        public static bool SaysAfter(string text) => After().IsMatch(text);

        public static bool Intermediate(string item) => ThroughVersion().IsMatch(item);

        /// <summary>The items under the same heading as the action (no heading line between them in the notes), with their indexes.</summary>
        private static IEnumerable<(int Index, string Text)> Section(IReadOnlyList<ReleaseItem> items, int index, string notes, int? line)
        {
            if (line is null)
            {
                yield break;
            }

            var lines = notes.Split('\n');
            foreach (var step in (int[])[-1, 1])
            {
                for (var other = index + step; other >= 0 && other < items.Count; other += step)
                {
                    // An item not found as written (a link flattened, a sentence wrapped) is skipped, not taken for a section's end.
                    if (LineOf(notes, items[other].Text) is not { } at)
                    {
                        continue;
                    }

                    if (HeadingBetween(lines, Math.Min(at, line.Value), Math.Max(at, line.Value)))
                    {
                        break;
                    }

                    yield return (other, items[other].Text);
                }
            }
        }

        /// <summary>A Markdown heading ("## Breaking Changes", or a line underlined with "===" or "---") after line <paramref name="from"/> up to line <paramref name="to"/> (1-based).</summary>
        private static bool HeadingBetween(string[] lines, int from, int to) =>
            lines.Skip(from).Take(to - from).Any(NotesLines.IsHeading);
    }
}
