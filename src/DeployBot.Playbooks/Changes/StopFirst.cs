using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes' upgrade procedure starts by stopping what runs ("1. Stop the workers and the scheduler.", "Step 1: stop
/// all nodes"): old and new never run side by side, because what comes between (a flush, a schema recreated, packages
/// swapped) is incompatible with the old version. The new version is started once, after those steps, in a downtime
/// that is announced; a canary beside the old version is exactly what the procedure rules out.
/// </summary>
internal static partial class StopFirst
{
    /// <summary>What the first numbered step stops ("Icinga 2 and Icinga DB"), or null when the procedure does not start with a stop.</summary>
    public static string? Read(string notes) =>
        FirstStep().Match(notes) is { Success: true } stop && HasLaterSteps().IsMatch(notes[(stop.Index + stop.Length)..])
            ? stop.Groups["what"].Value.Trim()
            : null;

    [GeneratedRegex(@"^\s*(?:1[.)]|step\s+1\s*[:.)]?)\s+(?:first,?\s+)?stop\s+(?<what>[^\n.;:]{2,80})", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FirstStep();

    /// <summary>The procedure goes on: at least a second and a third numbered step.</summary>
    [GeneratedRegex(@"^\s*(?:2[.)]|step\s+2\b)[\s\S]*?^\s*(?:3[.)]|step\s+3\b)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex HasLaterSteps();
}
