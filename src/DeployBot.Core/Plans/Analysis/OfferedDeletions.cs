using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// An item that adds a way to delete, not a deletion: "Add `ps_trace.delete_all_traces()` function to delete all trace
/// data", "New `purge` subcommand that removes orphaned blobs", "Added an endpoint for deleting webhooks". Deploying it
/// deletes nothing; someone may call it later. A new job or task that deletes is different: it runs once deployed, so
/// it is not one of these. Nor is a deletion the notes leave to the operator ("you can delete the old index if you no
/// longer need it", "the backup table may safely be dropped", "it is safe to remove …"): the release deletes nothing, the
/// operator may later (<see cref="WithoutOffers"/>).
/// </summary>
internal static partial class OfferedDeletions
{
    public static bool Offers(string text) => Offered().IsMatch(text);

    /// <summary>
    /// <paramref name="text"/> without the deletions it only offers to the operator, so a deletion the same item makes
    /// ("Drop `orders.legacy`; you can remove the backup afterwards") is still read.
    /// </summary>
    public static string WithoutOffers(string text) => OfferedToOperator().Replace(text, " ");

    [GeneratedRegex("""
          \b(?:you|operators?|users?|admins?|administrators?)\s+(?:can|may|could|might\s+want\s+to)\s+(?:(?:wish|want|choose|decide|like)\s+to\s+)?(?:(?:now|then|safely|optionally|also|manually|later)\s+){0,3}(?:delete|drop|remove|purge|prune|clean\s+up|truncate|wipe)\b[^.;\n]*
        | \b(?:it\s+is|it's)\s+(?:now\s+)?safe\s+to\s+(?:delete|drop|remove|purge|prune)\b[^.;\n]*
        | \b(?:can|may)\s+(?:now\s+)?(?:safely\s+|optionally\s+)?be\s+(?:safely\s+)?(?:deleted|dropped|removed|purged|pruned)\b[^.;\n]*
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OfferedToOperator();

    [GeneratedRegex("""
        ^\W*(?:add(?:s|ed)?|new|introduc(?:e|es|ed)|expos(?:e|es|ed)|provid(?:e|es|ed))\b(?:[^.;\n]|\.(?=\w)){0,80}?
        \b(?:functions?|commands?|sub-?commands?|endpoints?|apis?|methods?|procedures?|buttons?|actions?|helpers?|cli|utilit(?:y|ies)|tools?|options?|flags?|routes?)\b(?:`|\(\))?
        [^.;\n]{0,40}?\b(?:to|that|which|for)\s+(?:(?:let\s+you|allows?\s+(?:you\s+|users\s+)?(?:to\s+)?|can)\s+)?
        (?:delete|deletes|deleting|drop|drops|dropping|purge|purges|purging|remove|removes|removing|truncate|truncates|truncating|prune|prunes|pruning|wipe|wipes|wiping|clean\s+up|cleans\s+up|cleaning\s+up)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Offered();
}
