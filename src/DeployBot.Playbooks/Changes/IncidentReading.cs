using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The one reading of "this is an incident's fix" for every playbook: the notes declare an incident ("incident", "SEV2",
/// "outage", "hotfix"), or tie the release to an incident ticket and say it cannot wait ("INC-5150, need it out now"),
/// or call a release of fixes urgent. A ticket alone is a reference, not an emergency: "fixes INC-4410 regression" in a
/// list of features is a normal release with its canary, and the incident it names is already over.
/// </summary>
internal static partial class IncidentReading
{
    /// <param name="notes">The release's own words.</param>
    /// <param name="analysis">The release analysis of <paramref name="notes"/>: whether it is a release of fixes only.</param>
    public static bool IsIncident(string notes, ReleaseAnalysis analysis) =>
        Declared().IsMatch(notes) || (Urgent().IsMatch(notes) && (Ticket().IsMatch(notes) || FixesOnly(notes, analysis)));

    /// <summary>
    /// A patch release: fixes only. The analysis also calls a release with an incident ticket in it a hotfix, features
    /// and all ("new saved-cards page … fixes INC-4410 regression"); the ticket alone does not make one, so such a release
    /// is read again without it.
    /// </summary>
    public static bool FixesOnly(string notes, ReleaseAnalysis analysis) =>
        analysis.Kind == ReleaseKind.Hotfix && (!Ticket().IsMatch(notes) || ReleaseAnalyzer.Analyze(Ticket().Replace(notes, " ")).Kind == ReleaseKind.Hotfix);

    /// <summary>The incident ticket the notes name ("INC-4398"), upper case, or null.</summary>
    public static string? TicketIn(string notes) => Ticket().Match(notes) is { Success: true } found ? found.Value.ToUpperInvariant() : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>Words that declare an incident, in the languages the notes come in.</summary>
    [GeneratedRegex(@"\bincident\b | \bincidente\b | \bst[öo]rung\b | \bsev[\s-]?[0-3]\b | \boutage\b | \bp0\b | \bemergency\b | \bhot[\s-]?fix\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Declared();

    [GeneratedRegex(@"\bINC-?\d+\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ticket();

    /// <summary>"need it out now", "asap", "urgent", "right away", "P1": the fix cannot wait for the next release.</summary>
    [GeneratedRegex(@"\burgent\w* | \basap\b | \bout\s+(?:right\s+)?now\b | \bright\s+(?:now|away)\b | \bimmediately\b | \bship\s+(?:it\s+|this\s+)?(?:now|today|immediately)\b | \bp1\b | \bdringend\b | \bde\s+toute\s+urgence\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Urgent();
}
