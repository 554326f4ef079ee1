using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The items of upgrade notes that ask the operator to do something by hand ("A new export of analytics tables is
/// required", "you must re-run `occ maintenance:repair`", "grant … before upgrading"): each becomes a step of the plan,
/// referred to by its line in the notes (shown above every plan), since only names and never an item's free text may
/// reach a plan. A command the notes give for a data migration has its own step (<see cref="StatedCommands"/>), a
/// dropped platform version its own check (<see cref="PlatformFloor"/>), and settings and removals their playbooks' steps.
/// </summary>
/// <param name="Line">The item's line in the notes (1 for the first), or null when it cannot be found there as written.</param>
/// <param name="Item">The item.</param>
/// <param name="Before">The notes say to do it before the upgrade; otherwise it is done once the new version runs.</param>
internal sealed partial record OperatorActions(int? Line, ReleaseItem Item, bool Before)
{
    /// <param name="analysis">The release analysis.</param>
    /// <param name="notes">The notes the items come from, to find each item's line.</param>
    /// <param name="stated">The data-migration command the notes give (<see cref="StatedCommands"/>), whose item has its own step.</param>
    public static IReadOnlyList<OperatorActions> Of(ReleaseAnalysis analysis, string notes, string? stated)
    {
        var found = new List<OperatorActions>();
        for (var i = 0; i < analysis.Items.Count; i++)
        {
            var item = analysis.Items[i];
            // An item a playbook already acts on by name is not asked twice: a setting or secret to change gets the config
            // steps, a removal its contract or removal steps.
            if (item.Fix || !Asks().IsMatch(item.Text) || Negated().IsMatch(item.Text) || ReleaseAnalyzer.RaisesPlatformFloor(item.Text) || DependencyFloor.RequiredVersion(item.Text) is not null
                || (stated is not null && item.Text.Contains(stated, StringComparison.Ordinal)) || item.Destructive || KindEvidence.IsConfig(item))
            {
                continue;
            }

            found.Add(new OperatorActions(LineOf(notes, item.Text), item, BeforeUpgrade().IsMatch(item.Text)));
        }

        return found;
    }

    /// <summary>The line of <paramref name="notes"/> an item starts on, found by its first words (items are kept on one line).</summary>
    public static int? LineOf(string notes, string item)
    {
        var start = item.Length <= 40 ? item : item[..40];
        var at = notes.IndexOf(start, StringComparison.Ordinal);
        return at < 0 ? null : 1 + notes.AsSpan(0, at).Count('\n');
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:is|are)\s+(?:now\s+)?required\b(?!\s+(?:by|for)\b)
        | \byou\s+(?:will\s+)?(?:must|need\s+to|have\s+to|should)\s+(?:now\s+|also\s+|first\s+)?(?:run|re-?run|update|change|set|add|grant|replace|remove|clear|migrate|re-?index|re-?create|regenerate|export|import|restart|upgrade|rebuild|delete|configure|rotate)\b
        | \bmust\s+(?:now\s+)?be\s+(?:re-?run|run|updated|changed|set|granted|re-?created|regenerated|exported|migrated|re-?indexed|rebuilt|restarted|deleted|removed|configured|rotated)\b
        | \bmanual\s+(?:upgrade\s+)?(?:steps?|action|intervention|migration)\b | \baction\s+required\b | \bplease\s+(?:make\s+sure\s+(?:to|you)\s+|ensure\s+(?:to|you)\s+)?(?:run|re-?run|update|upgrade|migrate|re-?index|rebuild|restart|grant|set)\b
        | \brequires?\s+(?:a\s+|an\s+)?(?:full\s+|manual\s+)?(?:re-?index|data\s+migration|re-?build|re-?export|restart|re-?generation)\b", Options, 1000)]
    private static partial Regex Asks();

    /// <summary>"no manual steps are required", "you no longer need to run": the notes rule the action out.</summary>
    [GeneratedRegex(@"\bno\s+(?:[\w-]+\s+){0,2}?(?:steps?|actions?|changes?|migrations?|intervention|work)\s+(?:is|are)\s+(?:required|needed|necessary)\b | \bno\s+longer\s+(?:need|required|necessary)\b | \b(?:is|are)\s+not\s+required\b | \bdon'?t\s+need\s+to\b", Options, 1000)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\bbefore\s+(?:you\s+)?(?:upgrading|upgrade|updating|update|deploying|deploy|starting|installing|install|the\s+(?:upgrade|update|deployment))\b | \bprior\s+to\s+(?:upgrading|the\s+upgrade)\b", Options, 1000)]
    private static partial Regex BeforeUpgrade();
}
