using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes' upgrade procedure starts by stopping what runs ("1. Stop the workers and the scheduler.", "Step 1: stop
/// all nodes"): old and new never run side by side, because what comes between (a flush, a schema recreated, packages
/// swapped) is incompatible with the old version. The new version is started once, after those steps, in a downtime
/// that is announced; a canary beside the old version is exactly what the procedure rules out. The same holds when the
/// notes say so without a numbered procedure: "stop all workers before upgrading", "before upgrading, shut down every node".
/// </summary>
internal static partial class StopFirst
{
    /// <summary>What the procedure stops first ("Icinga 2 and Icinga DB"), or null when the notes do not stop the old version before the new one starts.</summary>
    public static string? Read(string notes)
    {
        if (FirstStep().Match(notes) is { Success: true } stop && HasLaterSteps().IsMatch(notes[(stop.Index + stop.Length)..]))
        {
            return stop.Groups["what"].Value.Trim();
        }

        return StopBefore().Match(notes) is { Success: true } before ? before.Groups["what"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\s*(?:1[.)]|step\s+1\s*[:.)]?)\s+(?:first,?\s+)?stop\s+(?<what>[^\n.;:]{2,80})", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FirstStep();

    /// <summary>The procedure goes on: at least a second and a third numbered step.</summary>
    [GeneratedRegex(@"^\s*(?:2[.)]|step\s+2\b)[\s\S]*?^\s*(?:3[.)]|step\s+3\b)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex HasLaterSteps();

    /// <summary>
    /// "Stop all workers before upgrading", "you must shut down every node prior to the upgrade", "Before upgrading, stop
    /// the scheduler": the old version is stopped as a whole before the new one starts.
    /// </summary>
    [GeneratedRegex(@"\b(?:stop|shut\s+down|shutdown)\s+(?<what>(?:all|every|each|the|any)\b[^\n.;:,]{2,60}?)\s+(?:before|prior\s+to)\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration|new\s+version))\b
        | \bbefore\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration))[^\n.;:]{0,30},\s*(?:you\s+(?:must|need\s+to|should)\s+|please\s+)?(?:stop|shut\s+down)\s+(?<what>(?:all|every|each|the|any)\b[^\n.;:,]{2,60})", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StopBefore();
}
