using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Destructive forms read in session 30: a name changed in place ("the `host` option is now named `host_type`", "the handler
/// should be renamed from `shell_log` to `default`", "images are renamed"), the operator told the upgrade erases their data,
/// and a migration that removes duplicate rows. Not destructive: a validation constraint removed (it accepts more, loses
/// nothing) and an error of a deletion named by a fix ("handle delete constraint errors").
/// </summary>
internal static partial class DestructivePatterns
{
    private static bool IsDestructive30(string text) => RenamedInPlace().IsMatch(text) || DataErased().IsMatch(text) || RiskPatterns.DuplicatesRemoved().IsMatch(text);

    /// <summary><paramref name="text"/> without what only sounds like a removal (see the summary).</summary>
    private static string WithoutNonRemovals30(string text) => NonRemoval30().Replace(text, " ");

    /// <summary>
    /// "The `host` option is now named `host_type`", "`mod_mam_meta` is now called `mod_mam`", "should be renamed from `a` to
    /// `b`", "Only the pre-GA images are renamed": whoever still uses the old name breaks.
    /// </summary>
    [GeneratedRegex("""
          `[^`\n]+`\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+now\s+(?:named|called)\s+`
        | \b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+be\s+renamed\s+(?:from\s+`?[\w.-]+`?\s+)?to\b
        | \b(?:container\s+|docker\s+|oci\s+)?images?\s+(?:are|were|have\s+been|has\s+been)\s+(?:now\s+)?renamed\b
        """, Options, TimeoutMs)]
    private static partial Regex RenamedInPlace();

    /// <summary>"You will have to erase your data", "this wipes all your recorded data": the upgrade itself loses the data.</summary>
    [GeneratedRegex("""
          \b(?:you\s+)?(?:will\s+)?(?:have|need)\s+to\s+(?:erase|wipe|delete|drop)\s+(?:all\s+)?(?:of\s+)?your\s+(?:existing\s+)?(?:data|database)\b
        """, Options, TimeoutMs)]
    private static partial Regex DataErased();

    [GeneratedRegex("""
          \b(?:remove|removes|removed|removing|drop|drops|dropped|relax\w*)\s+(?:the\s+|a\s+)?(?:`[^`\n]+`\s+)?(?:validation\s+)?(?:constraint|restriction|validation)\s+(?:from|on)\b
        | \b(?:delete|drop|remove|rename)\s+(?:[\w-]+\s+)?(?:errors?|failures?|crash(?:es)?|exceptions?|panics?)\b
        """, Options, TimeoutMs)]
    private static partial Regex NonRemoval30();
}
