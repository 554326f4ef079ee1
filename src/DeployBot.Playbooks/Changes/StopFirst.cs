using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes' upgrade procedure stops what runs before the new version starts ("1. Stop the workers and the scheduler.",
/// "Step 1: stop all nodes", "1. Create a backup 2. Stop all containers 3. …", "1. Take your cluster offline 2. Roll out the
/// changes"): old and new never run side by side, because what comes between (a flush, a schema recreated, packages
/// swapped, a volume restored) is incompatible with the old version. Only preparation (a backup, an announcement, a check)
/// may come before the stop in the procedure. The new version is started once, after those steps, in a downtime that is
/// announced; a canary beside the old version is exactly what the procedure rules out. The same holds when the notes say
/// so without a numbered procedure: "stop all workers before upgrading", "before upgrading, shut down every node".
/// </summary>
/// <param name="What">What the procedure stops ("all TeslaMate containers", "the cluster").</param>
/// <param name="Step">The notes' step that stops it, counted as <see cref="StatedSequence"/> counts them, when the notes number their procedure.</param>
/// <param name="Line">The line of the notes that stops it (1 for the first), or null.</param>
internal sealed partial record StopFirst(string What, int? Step, int? Line = null)
{
    /// <summary>What the procedure stops first, with its step, or null when the notes do not stop the old version before the new one starts.</summary>
    public static StopFirst? Read(string notes)
    {
        if (Procedure(notes) is { } stop)
        {
            return stop;
        }

        return StopBefore().Match(notes) is { Success: true } before ? new StopFirst(Plain(before.Groups["what"].Value), null) : null;
    }

    /// <summary>
    /// The numbered step that stops what runs, when every step before it only prepares (a backup, an announcement, a check)
    /// and a later step follows it (the procedure goes on once it is stopped).
    /// </summary>
    private static StopFirst? Procedure(string notes)
    {
        var steps = Numbered().Matches(notes).Select(match => (Number: int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), Match: match)).ToArray();
        for (var i = 0; i < steps.Length; i++)
        {
            var (number, match) = steps[i];
            var text = match.Groups["text"].Value;
            if (Stops(text) is not { } what)
            {
                continue;
            }

            // Every step of the same list before it prepares only: 1 … number-1, each a backup, check or announcement.
            var before = steps.Take(i).Reverse().TakeWhile((step, back) => step.Number == number - 1 - back).ToArray();
            var prepares = before.Length == number - 1 && before.All(step => Preparation().IsMatch(step.Match.Groups["text"].Value) && Stops(step.Match.Groups["text"].Value) is null);
            var goesOn = i + 1 < steps.Length && steps[i + 1].Number == number + 1;
            if (prepares && goesOn)
            {
                return new StopFirst(what, i + 1, 1 + notes.AsSpan(0, match.Index).Count('\n'));
            }
        }

        return null;
    }

    /// <summary>What a step's text stops: "Stop all TeslaMate containers", "Take your cluster offline", "Shut down every node".</summary>
    private static string? Stops(string text) =>
        StopStep().Match(text) is { Success: true } stop ? Plain(stop.Groups["what"].Value) : null;

    /// <summary>"your cluster" is the cluster this plan runs on: "the cluster".</summary>
    private static string Plain(string what) => Your().Replace(what.Trim().TrimEnd(','), "the ");

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^[ \t]*(?:(?<n>\d{1,2})[.)]|step\s+(?<n>\d{1,2})\s*[:.)]?)[ \t]+(?<text>\S[^\n]*)$", RegexOptions.Multiline | Options, MatchBudget.Milliseconds)]
    private static partial Regex Numbered();

    /// <summary>
    /// The step stops what runs: "stop X", "shut down X", "take X offline", "bring X down"; "first," and "cleanly" may lead.
    /// "Stop sending telemetry" stops a behaviour, not what runs.
    /// </summary>
    [GeneratedRegex(@"^(?:first,?\s+|then,?\s+)?(?:cleanly\s+|gracefully\s+)?(?:stop|shut\s+down|shutdown)\s+(?!\w+ing\b)(?<what>[^\n.;:]{2,80})
        | ^(?:first,?\s+|then,?\s+)?(?:take|bring)\s+(?<what>(?:the|your|all|every)\b[^\n.;:]{2,60}?)\s+(?:offline|down)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex StopStep();

    /// <summary>A step that only prepares: a backup, snapshot or dump, an announcement, reading or checking something.</summary>
    [GeneratedRegex(@"\b(?:back\s?up|backups?|snapshots?|dump|export|announce|notify|inform|read|review|download|pull|check|verify|confirm)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Preparation();

    [GeneratedRegex(@"^your\s+", Options, MatchBudget.Milliseconds)]
    private static partial Regex Your();

    /// <summary>
    /// "Stop all workers before upgrading", "you must shut down every node prior to the upgrade", "Before upgrading, stop
    /// the scheduler": the old version is stopped as a whole before the new one starts.
    /// </summary>
    [GeneratedRegex(@"\b(?:stop|shut\s+down|shutdown)\s+(?<what>(?:all|every|each|the|any)\b[^\n.;:,]{2,60}?)\s+(?:before|prior\s+to)\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration|new\s+version))\b
        | \bbefore\s+(?:you\s+)?(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration))[^\n.;:]{0,30},\s*(?:you\s+(?:must|need\s+to|should)\s+|please\s+)?(?:stop|shut\s+down)\s+(?<what>(?:all|every|each|the|any)\b[^\n.;:,]{2,60})", Options, MatchBudget.Milliseconds)]
    private static partial Regex StopBefore();
}
