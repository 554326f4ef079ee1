using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Destructive forms read in session 29: units of a product removed by a noun the other patterns do not list (a crate
/// feature, modules, an operator's CRDs), names changed ("many permissions have changed names", "Change field names for
/// field rules to …"), a setting's misspelled name corrected (whoever used the old spelling breaks), stored records of a
/// kind all removed, and existing records the upgrade cannot carry over ("it was not possible to migrate existing rule logs").
/// </summary>
internal static partial class DestructivePatterns
{
    private static bool IsDestructive29(string text) =>
        RemovedUnit().IsMatch(text) || NamesChanged().IsMatch(text) || SettingNameCorrected().IsMatch(text)
        || RiskPatterns.AllStoredRemoved().IsMatch(text) || NotCarriedOver().IsMatch(text);

    /// <summary>
    /// "Remove the experimental `io-uring` crate feature", "Removed the GAE, CouchDB and SpringBoot modules", "Remove ArangoML
    /// operator and all related CRDs": the names between the verb and the noun are the removed units', not a place
    /// ("Remove unused code from the auth module" removes code, not the module).
    /// </summary>
    [GeneratedRegex("""
        \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping|delete|deletes|deleted)\s+(?:the\s+)?
          (?!(?:unused|dead|redundant|unnecessary|duplicate\w*|stale)\b)
          (?:(?!(?:from|in|of|on|to|for|into|with|within|inside|by|at|when|while|if|support|need|dependency|dependencies)\b)[\w`.'"()/-]+(?:\s*,\s*|\s+)){0,8}?
          (?:crate\s+features?|cargo\s+features?|modules?\b|crds?\b|custom\s+resource\s+definitions?)
        """, Options, TimeoutMs)]
    private static partial Regex RemovedUnit();

    /// <summary>"Many permissions have changed names", "Change field names for field rules to the JSON compatible name".</summary>
    [GeneratedRegex("""
          \b(?:have|has)\s+changed\s+(?:their\s+|its\s+)?names?\b
        | \bchang(?:e|es|ed|ing)\s+(?:the\s+)?(?:field|column|key|option|setting|permission|variable|property|parameter|metric|attribute|event)\s+names\b(?![^.;\n]{0,40}\b(?:in|on)\s+the\s+(?:ui|screen|page|form|dialog)\b)
        """, Options, TimeoutMs)]
    private static partial Regex NamesChanged();

    /// <summary>
    /// A misspelled setting name corrected ("Correct `iam-group` variable name mis-spelling", "typo in the option name",
    /// "misspelled parameter name fixed"): the old spelling stops working.
    /// </summary>
    [GeneratedRegex("""
          \b(?:correct|corrects|corrected|correcting)\s+(?:the\s+|a\s+)?(?:`[^`\n]+`\s+)?(?:variable|option|parameter|setting|key|property|argument|input|field|flag|env(?:ironment)?\s+variable)\s+names?\s+(?:mis-?spell\w*|typos?|spelling)\b
        | \b(?:typos?|mis-?spell\w*)\s+in\s+(?:the\s+|a\s+)?(?:`[^`\n]+`\s+)?(?:variable|option|parameter|setting|key|property|argument|input|flag)\s+names?\b
        | \bmis-?spelled\s+(?:`[^`\n]+`\s+)?(?:variable|option|parameter|setting|key|property|argument|input|flag)\s+names?\b
        """, Options, TimeoutMs)]
    internal static partial Regex SettingNameCorrected();

    /// <summary>
    /// Existing records the upgrade leaves behind ("it was not possible to migrate existing rule logs", "existing sessions
    /// will not be migrated"): after the upgrade they are gone.
    /// </summary>
    [GeneratedRegex("""
          \b(?:not\s+(?:be\s+)?possible\s+to|unable\s+to|cannot|can[’']?t|could\s+not|couldn[’']?t)\s+(?:be\s+)?migrat\w*\s+(?:the\s+|your\s+|any\s+)?existing\s+[a-z]+
        | \bexisting\s+(?:[\w-]+\s+){1,3}?(?:are|were|will|can|could)\s+not\s+(?:be\s+)?(?:migrated|carried\s+over|preserved|kept)\b
        """, Options, TimeoutMs)]
    private static partial Regex NotCarriedOver();
}
