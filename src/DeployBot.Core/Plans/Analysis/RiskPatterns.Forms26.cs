using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 26, one pattern per area (each a part of that area's pattern).
/// Auth: data a bug disclosed or leaked ("Fix disclosure of protected data", "error messages leaking data": an
/// information leak is a security fix), certificate pinning added or removed (whom the client trusts), and a client's
/// (dynamic) registration with an OAuth or OpenID server. Config: a feature that is now opt-in or opt-out (its default
/// changed). Infra: old runtime versions dropped without a number ("Drop old Laravel and PHP versions").
/// Data: stored records pruned ("Prune expired tokens") or re-parsed ("re-parse any incoming messages"). Schema: the
/// database structure updated, a migration generator, a migration's primary key, and a named table required to have
/// columns ("the `stats` table must have `hash` and `user` columns"). Breaking: a change said to be not retro-compatible,
/// a feature now opt-in (who relied on it loses it), old runtime versions dropped.
/// </summary>
internal static partial class RiskPatterns
{
    private const string OldVersionsDropped =
        $$"""\b(?:drop|drops|dropped|dropping|remove|removes|removed|removing)\s+(?:support\s+for\s+)?(?:old|older|outdated|legacy|unsupported|eol|end-of-life)\s+(?:[\w.]+\s*(?:,|and|&)\s*)?{{Runtime}}\s+versions?\b""";

    [GeneratedRegex("""
          \b(?:information|data)\s+(?:disclosure|leaks?|leakage|exposure)\b
        | \bdisclos(?:ure|es?|ing)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:data|information|secrets?)\b
        | \bleak(?:s|ed|ing)?\s+(?:(?:sensitive|private|user|internal|protected)\s+)?(?:data|information|secrets?)\b
        | \b(?:certificate|cert|public[\s-]key|tls|ssl)\s+pinn?ing\b
        | \b(?:dynamic\s+)?client\s+registrations?\b
        """, Options, TimeoutMs)]
    private static partial Regex AuthForms26();

    [GeneratedRegex("""
        \b(?:is|are)\s+now\s+opt[\s-](?:in|out)\b | \bnow\s+(?:requires?\s+(?:an\s+)?)?opt[\s-]in\b
        """, Options, TimeoutMs)]
    private static partial Regex ConfigForms26();

    [GeneratedRegex(OldVersionsDropped, Options, TimeoutMs)]
    private static partial Regex InfraForms26();

    /// <summary>
    /// Stored records pruned ("Prune expired tokens", "Prunes old sessions"): a bulk delete, so destructive too. Not the
    /// subject of a sentence ("Prune events are returned for …": events that report a prune).
    /// </summary>
    [GeneratedRegex("""
        ^\W*(?:\[[^\]\n]{1,20}\]\s*)?(?:prune|prunes|pruned|pruning)\b[^.;\n]{0,40}?\b(?:tokens?|records|rows|sessions|entries|jobs|events|messages|data)\b(?!\s+(?:are|is|were|was|have|has|get|gets)\b)
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    internal static partial Regex PrunedRecords();

    [GeneratedRegex("""
          \bre-?pars(?:e|es|ed|ing)\b[^.;\n]{0,40}?\b(?:messages|records|rows|documents|entries|e-?mails|attachments|data)\b
        """, Options, TimeoutMs)]
    private static partial Regex DataForms26();

    [GeneratedRegex("""
          \bdatabase\s+(?:structure|schema)\s+(?:updates?|changes?)\b | \bmigration\s+generators?\b
        | \bmigration'?s\s+(?:primary\s+(?:key|identifier)|columns?|tables?)\b
        | `[\w.]+`\s+tables?\b[^.;\n]{0,40}?\bcolumns?\b
        """, Options, TimeoutMs)]
    internal static partial Regex SchemaForms26();

    [GeneratedRegex($$"""
          \bnot\s+retro-?compatible\b | \bretro-?incompatible\b | \b(?:is|are)\s+now\s+opt[\s-]in\b
        | {{OldVersionsDropped}}
        """, Options, TimeoutMs)]
    private static partial Regex BreakingForms26();

    /// <summary>
    /// A rename or change that keeps the old name working ("Rename keys while supporting old methods", "the old names
    /// still work", "kept as an alias"): nothing of the operator's stops working, so it is neither breaking nor destructive.
    /// </summary>
    [GeneratedRegex("""
          \b(?:while|but|and)\s+(?:still\s+)?(?:supporting|keeping|accepting)\s+(?:the\s+)?old\b
        | \bold\s+(?:names?|methods?|keys?|options?|settings?)\s+(?:still|continue\s+to|will\s+continue\s+to)\s+works?\b
        | \b(?:kept|keeps?|retained|remains?)\s+as\s+(?:an?\s+)?(?:deprecated\s+)?alias(?:es)?\b
        """, Options, TimeoutMs)]
    internal static partial Regex KeepsOldNames();
}
