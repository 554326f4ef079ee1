using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// The one reading of "this is an incident's fix", for the release kind and for every playbook: the notes declare an
/// incident ("incident", "SEV2", "outage", "hotfix"), or name an incident ticket and say it cannot wait ("INC-5150, need
/// it out now"). A ticket alone is a reference, not an emergency: "fixes INC-4410 regression" in a list of features is a
/// normal release, and the incident it names is already over.
/// </summary>
public static partial class IncidentSignals
{
    /// <summary>The notes declare an incident, or tie the release to an incident ticket with words that say it cannot wait.</summary>
    public static bool IsIncident(string notes) => Declared().IsMatch(notes) || (Urgent(notes) && Ticket().IsMatch(notes));

    /// <summary>
    /// "need it out now", "asap", "urgent", "right away", "upgrade immediately", "P1": the fix cannot wait for the next release.
    /// "Immediately" counts only beside a deploy verb: "breaks are now displayed immediately" describes a fix, it urges nothing.
    /// </summary>
    public static bool Urgent(string notes) => UrgentWords().IsMatch(notes);

    /// <summary>The incident ticket the notes name ("INC-4398"), upper case, or null.</summary>
    public static string? TicketIn(string notes) => Ticket().Match(notes) is { Success: true } found ? found.Value.ToUpperInvariant() : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>
    /// Words that declare an incident, in the languages the notes come in. An "outage period" or "outage window" is planned
    /// (a maintenance feature, a scheduled stop), not an incident.
    /// </summary>
    [GeneratedRegex(@"\bincident\b | \bincidente\b | \bst[öo]rung\b | \bsev[\s-]?[0-3]\b | \boutage\b(?!\s+(?:periods?|windows?)\b) | \bp0\b | \bemergency\b | \bhot[\s-]?fix\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Declared();

    [GeneratedRegex(@"\bINC-?\d+\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ticket();

    [GeneratedRegex(@"\burgent\w* | \basap\b | \bout\s+(?:right\s+)?now\b | \bright\s+(?:now|away)\b | \b(?:(?:upgrade|update|deploy|patch|apply|install|ship|push)\w*|roll\s*out|release|out)\s+(?:[\w-]+\s+){0,4}?immediately\b | \bimmediately\s+(?:upgrade|update|deploy|patch|apply|install|roll|ship|release|push)\w* | \bship\s+(?:it\s+|this\s+)?(?:now|today|immediately)\b | \bp1\b | \bdringend\b | \bde\s+toute\s+urgence\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex UrgentWords();
}
