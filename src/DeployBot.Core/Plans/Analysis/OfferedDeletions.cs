using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// An item that adds a way to delete, not a deletion: "Add `ps_trace.delete_all_traces()` function to delete all trace
/// data", "New `purge` subcommand that removes orphaned blobs", "Added an endpoint for deleting webhooks". Deploying it
/// deletes nothing; someone may call it later. A new job or task that deletes is different: it runs once deployed, so
/// it is not one of these.
/// </summary>
internal static partial class OfferedDeletions
{
    public static bool Offers(string text) => Offered().IsMatch(text);

    [GeneratedRegex("""
        ^\W*(?:add(?:s|ed)?|new|introduc(?:e|es|ed)|expos(?:e|es|ed)|provid(?:e|es|ed))\b(?:[^.;\n]|\.(?=\w)){0,80}?
        \b(?:functions?|commands?|sub-?commands?|endpoints?|apis?|methods?|procedures?|buttons?|actions?|helpers?|cli|utilit(?:y|ies)|tools?|options?|flags?|routes?)\b(?:`|\(\))?
        [^.;\n]{0,40}?\b(?:to|that|which|for)\s+(?:(?:let\s+you|allows?\s+(?:you\s+|users\s+)?(?:to\s+)?|can)\s+)?
        (?:delete|deletes|deleting|drop|drops|dropping|purge|purges|purging|remove|removes|removing|truncate|truncates|truncating|prune|prunes|pruning|wipe|wipes|wiping|clean\s+up|cleans\s+up|cleaning\s+up)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Offered();
}
