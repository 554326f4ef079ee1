using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Data: stored data is rewritten. Backfills, reindexing, re-encryption, purges, bulk updates, and storage-format
/// changes: a new on-disk, cache or storage format, data "now stored as" something else, converting existing keys or
/// files, migrating to a new format or data store, recompression, and clearing caches before an upgrade. A bulk delete
/// mutation is an API.
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
        \bbackfill\w* | \bdata\s+(?:migrations?|fix|fixes|corrections?|clean[\s-]?ups?|repairs?|imports?|exports?|transformations?|conversions?|loss)\b
        | \bre-?index\w* | \bpurg(?:e|es|ed|ing)\b | \bbulk\s+(?:updates?|deletes?|inserts?|imports?)\b(?!\s+(?:mutations?|endpoints?|operations?|apis?|methods?|actions?)\b) | \bre-?encrypt\w* | \bre-?hash\w*
        | \bdelet(?:e|es|ed|ing)\s+(?:all|old|stale|orphaned|duplicate)\b | \bone[\s-]?off\s+scripts?\b | \bbackground\s+migrations?\b
        | \brecalculat\w* | \brecomput\w* | \bdeduplicat\w* | \bre-?compress\w* | \bcaches?\s+(?:are|is|will\s+be)?\s*(?:cleared|flushed|invalidated)\b
        | \b(?:clear|flush|invalidate|wipe)\s+(?:the\s+|your\s+|all\s+|any\s+)?(?:[\w-]+\s+)?caches?\b
        | \b(?:storage|cache|on[\s-]disk|disk|data|file|database|index|wire|serialization|persistence)\s+formats?\b
        | \bformat\s+for\b[^.;\n]{0,30}\bfiles\b
        | \b(?:now|will\s+(?:now\s+)?be)\s+(?:stored|persisted|serialized|encoded)\s+(?:as|using)\b | \b(?:are|is)\s+now\s+(?:stored|persisted|serialized|encoded)\s+(?:as|in|using)\b
        | \bconver(?:t|ts|ted|ting|sion)\b[^.;\n]{0,60}?\b(?:on\s+the\s+fly|existing|stored|legacy|records|rows|keys)\b
        | \bmigrat\w*\b[^.;\n]{0,40}?\b(?:format|data\s*stores?|datastores?|storage)\b
        | \b(?:replace|replaces|replacing|switch\w*|move\w*)\b[^.;\n]{0,40}?\b(?:data\s*stores?|datastores?|metadata\s+stores?|storage\s+backends?)\b
        | \b(?:data\s*stores?|datastores?|metadata\s+stores?)\b[^.;\n]{0,40}?\b(?:replace\w*|migrat\w*)\b
        | \bmigrat\w*\s+(?:all\s+)?(?:of\s+)?(?:your\s+|the\s+)?existing\b
        | \b(?:existing|stored)\s+[^.;\n]{0,40}?\b(?:will\s+be\s+|are\s+|get\s+|is\s+)(?:migrated|converted|rewritten|hashed|re-?encrypted)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Data();

    /// <summary>
    /// Rewrites of stored data that are only implied: things "converted on upgrade", a migration "to set" values,
    /// migrating legacy keys, an "X -> Y migration", encrypting columns or removing encryption (stored values are
    /// rewritten), a replaced search backend (its index is rebuilt). A rewritten storage layer is a large migration
    /// (<see cref="LargeMigration"/>), not a rewrite of data by itself.
    /// They are data changes but say nothing about their size, so unlike <see cref="Data"/> they alone do not make a
    /// release with schema changes a migration (a minor release that encrypts two columns is a normal release).
    /// </summary>
    [GeneratedRegex("""
          \b(?:converted|migrated|rewritten|upgraded)\b[^.;\n]{0,40}?\b(?:on|during|at)\s+(?:the\s+)?(?:upgrade|startup|first\s+start)\b
        | \bmigrations?\s+(?:to|that|which)\s+(?:set|sets|populate\w*|fill\w*|update\w*|convert\w*|copy|copies|move\w*|normali[sz]e\w*)\b
        | \bmigrat(?:e|es|ed|ing)\s+(?:the\s+|all\s+)?legacy\b | \b\w+\s*(?:->|→)\s*\w+\s+migrations?\b
        | \bencrypt(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:columns?|fields?|rows|records|values|(?:data|secrets|tokens)\s+at\s+rest)\b
        | \bremov\w*\s+(?:support\s+for\s+)?[\w\s]{0,30}?\bencryption\b
        | \b(?:replace|replaces|replaced|replacing|switch\w*|move\w*|migrat\w*)\b[^.;\n]{0,40}?\bsearch\s+(?:backends?|engines?|index(?:es)?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ImpliedDataRewrite();
}
