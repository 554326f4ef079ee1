using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A fix that takes effect only once something else is restarted, as the notes say it: "To roll out this fix, all Connect
/// deployments must be restarted so that they are re-injected", "the agents need to be restarted for the change to take
/// effect". Upgrading alone leaves the bug in place: what they name is restarted once the new version runs.
/// </summary>
/// <param name="What">What is restarted, in the notes' words ("all Connect deployments").</param>
/// <param name="Line">The line of the notes it starts on (1 for the first).</param>
internal sealed partial record RestartToApply(string What, int Line)
{
    public static IReadOnlyList<RestartToApply> Read(string notes)
    {
        var found = new List<RestartToApply>();
        foreach (Match match in Pattern().Matches(notes))
        {
            var what = Space().Replace(match.Groups["what"].Value, " ").Trim().TrimStart('-', '*', '•', ' ').TrimEnd(',', ' ');
            // "The shipper daemons need to be restarted …" opens its sentence; in a step it is "restart the shipper daemons".
            what = what.StartsWith("The ", StringComparison.Ordinal) ? "the" + what[3..] : what;
            if (what.Length >= 3 && !found.Any(restart => restart.What == what))
            {
                found.Add(new RestartToApply(what, 1 + notes.AsSpan(0, match.Groups["what"].Index).Count('\n')));
            }
        }

        return found;
    }

    /// <summary>The item is the one that asks for <paramref name="restart"/>.</summary>
    public static bool Says(string item, RestartToApply restart) =>
        Space().Replace(item, " ").Contains(restart.What, StringComparison.OrdinalIgnoreCase) && Pattern().IsMatch(item);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>"To roll out this fix, X must be restarted", "X must be restarted for the fix to take effect", "X need to be restarted to pick up the change".</summary>
    [GeneratedRegex(@"\bto\s+(?:roll\s+out|apply|pick\s+up|get|benefit\s+from)\s+(?:this|the|these)\s+(?:fix|fixes|change|changes)\s*,\s*(?<what>[^.;,]{3,80}?)\s+(?:must|need\s+to|needs\s+to|should|have\s+to|has\s+to)\s+be\s+restarted\b
        | (?:^|[.;:]\s+|\n\s*[-*]\s+)(?<what>[^.;,\n]{3,80}?)\s+(?:must|need\s+to|needs\s+to|should|have\s+to|has\s+to)\s+be\s+restarted\s+(?:for|to\s+(?:pick\s+up|apply|get))\s+(?:the|this|these)\s+(?:fix|fixes|change|changes)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Space();
}
