using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes say the upgrade takes the service down: "Please expect and prepare for some downtime when upgrading", "10-20
/// minutes of downtime as the database is migrated", "the upgrade requires downtime", "plan for a maintenance window",
/// "the server is unavailable while the migration runs". The new version changes what the old one runs on as it starts, so
/// the two never run side by side: the downtime is announced, a snapshot is taken, the old version is stopped, the new one
/// started once and left to migrate; its way back is that snapshot with the previous version, never a canary beside it.
/// "Zero downtime", "no downtime is expected" and "without downtime" say the opposite.
/// </summary>
/// <param name="Sentence">The sentence of the notes that says so.</param>
/// <param name="Line">Its line in the notes (1 for the first).</param>
internal sealed partial record StatedDowntime(string Sentence, int Line)
{
    public static StatedDowntime? Read(string notes)
    {
        var lines = NotesLines.Of(notes);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var sentence in Core.Text.Sentences.Of(lines[i]))
            {
                if ((Expected().IsMatch(sentence) || Unavailable().IsMatch(sentence)) && !Denied().IsMatch(sentence) && !Fixed().IsMatch(sentence))
                {
                    return new StatedDowntime(sentence.Trim(), i + 1);
                }
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Upgrading = @"(?:upgrad\w*|updat\w*|migrat\w*|the\s+(?:upgrade|update|migration|database\s+migration|schema\s+migration|new\s+version|conversion))";

    /// <summary>
    /// "expect (and prepare for) some downtime", "plan for downtime", "10-20 minutes of downtime", "the upgrade requires (a short)
    /// downtime", "this release needs a maintenance window", "downtime is required", "plan for a maintenance window",
    /// "a downtime of about N minutes is needed".
    /// </summary>
    [GeneratedRegex(@"\b(?:expect|prepare\s+for|anticipate|plan\s+(?:for|on)|schedule|allow\s+for|budget\s+for)\s+(?:and\s+(?:prepare|plan)\s+for\s+)?(?:some\s+|a\s+|an\s+)?(?:short\s+|brief\s+|little\s+|period\s+of\s+|significant\s+|extended\s+|longer\s+|full\s+|planned\s+|service\s+)?(?:downtime|outage|maintenance\s+window)\b
        | \b\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\s+of\s+(?:\w+\s+)?downtime\b
        | \b(?:upgrade|update|migration|release|version|upgrading|updating|migrating|it|this)\s+(?:will\s+|may\s+|does\s+|also\s+)?(?:requires?|needs?|involves?|causes?|incurs?|entails?|implies|means)\s+(?:a\s+|an\s+|some\s+)?(?:short\s+|brief\s+|full\s+|planned\s+|period\s+of\s+|service\s+)?(?:downtime|outage|maintenance\s+window|service\s+interruption)\b
        | (?<!\b(?:no|zero|without|any|minimal|little)\s+)\b(?:a\s+)?downtime\s+(?:of\s+[^.;]{1,30}?\s+)?(?:is|will\s+be)\s+(?:required|necessary|needed|unavoidable|expected|inevitable)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Expected();

    /// <summary>"the service is unavailable while the database is migrated", "Concourse will be offline during the upgrade".</summary>
    [GeneratedRegex(@"\b(?:is|are|will\s+be|becomes?|goes|stays?|remains?)\s+(?:completely\s+|fully\s+|briefly\s+|temporarily\s+)?(?:unavailable|offline|down|inaccessible|unreachable)\s+(?:while|during|until|for\s+the\s+(?:duration|length)\s+of|as)\s+(?:the\s+|your\s+|its\s+|it\s+(?:is\s+)?)?(?:database|schema|data|" + Upgrading + @")", Options, MatchBudget.Milliseconds)]
    private static partial Regex Unavailable();

    /// <summary>"zero downtime", "no downtime is expected", "without any downtime", "to avoid downtime": the notes rule it out.</summary>
    [GeneratedRegex(@"\b(?:no|zero|without(?:\s+any)?|avoid(?:s|ing)?|minimi[sz]e[sd]?|reduce[sd]?|near[\s-]zero|less|not\s+(?:require|need|cause)\w*(?:\s+any)?)\s+(?:\w+\s+)?(?:downtime|outage|maintenance\s+window)\b | \bno\s+longer\s+(?:requires?|needs?)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Denied();

    /// <summary>A fix of the software's own behaviour ("Fixed a bug where the server is unavailable during …"), not the upgrade's.</summary>
    [GeneratedRegex(@"^\W*(?:fix(?:ed|es)?|resolved?|corrected)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Fixed();
}
