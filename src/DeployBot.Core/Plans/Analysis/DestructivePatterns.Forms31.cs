using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Destructive forms read in session 31: a module or macro removed ("The *test* module has been removed", "The
/// `user:local_name` macro in restrictions has been removed"), a quoted option removed by its name ("The product option
/// "Factor purchase to stock quantity unit" was removed"), a capability taken away ("the ability to set dispatcher is
/// removed") and command-line flags replaced by others ("Replaced `--http2`, `--http2-tls-cert` … with `--tls`"): whoever
/// used the old one breaks.
/// </summary>
internal static partial class DestructivePatterns
{
    private static bool IsDestructive31(string text) => Removed31().IsMatch(text);

    [GeneratedRegex("""
          \b(?:sub-?)?(?:modules?|macros?)\s+(?:(?:in|of|from)\s+(?:the\s+)?[\w`-]+(?:\s+[\w`-]+){0,2}\s+)?(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?(?:removed|dropped|deleted)\b(?!\s+(?:from|in)\s+(?:the\s+)?(?:docs?|documentation|readme|examples?)\b)
        | \b(?:options?|settings?|flags?|fields?|parameters?)\s+(?:"[^"\n]{1,60}"|“[^”\n]{1,60}”|`[^`\n]{1,60}`)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?(?:removed|dropped|deleted)\b
        | \bthe\s+ability\s+to\s+[^.;\n]{1,60}?\s+(?:is|was|has\s+been)\s+removed\b
        | \breplac(?:e|es|ed|ing)\s+`--[\w-]+`(?:\s*(?:,|and)\s*`--[\w-]+`)*\s+(?:and\s+)?with\b
        """, Options, TimeoutMs)]
    private static partial Regex Removed31();
}
