using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Data: stored data is rewritten. Backfills, reindexing, re-encryption, purges, bulk updates, and storage-format
/// changes: a new on-disk, cache or storage format, data "now stored as" something else, converting existing keys or
/// files, migrating to a new format or data store, recompression, and clearing caches before an upgrade. A bulk delete
/// mutation is an API. Upgrade notes also say it in prose (sixth round): data moved into another table ("its data are
/// migrated into the `userinfo` table"), a value given to every existing record ("assigns X to all Y", "users who had
/// it will have it updated"), previously cached or stored results invalidated, a new export, rebuild or regeneration of
/// derived tables, data imported or restored back after the upgrade, an upgrade that requires running a restore or
/// conversion command, and a routine that cleans up stored records; the operator told to convert stored values by hand
/// ("You need to convert those fields from strings to JSON", "the following query to update your database"). Fifteenth
/// session: records re-synced from their source ("requires re-syncing charges and subscriptions"), records removed from the
/// database ("remove any redundant grant scopes in the database"), stored keys now prefixed inside a datastore, and the
/// way something is stored changed (an implied rewrite). "Data loss" is a bug's consequence, not a rewrite. Purging old or
/// squashed migrations deletes a schema tool's history files, no stored data.
/// Session 25: a "data upgrade" (an upgrade step that rewrites stored rows), a value the release "now stores" in place of
/// another, records cleaned up during the upgrade step, databases that will now be dropped, and an index re-generated; a
/// button or command that lets users clear a cache clears none on upgrade.
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>
    /// When passwords are rehashed one user at a time ("rehashed on next successful login"): a rehash with it rewrites no
    /// stored data in bulk. Shared by the data area and <see cref="DestructivePatterns"/>'s lazy rehash.
    /// </summary>
    /// <summary>
    /// A purge on a schedule ("purges them after twice that interval", "purged every interval"): housekeeping of a store
    /// while the service runs, not a rewrite the release makes. Shared with <see cref="DestructivePatterns"/>.
    /// </summary>
    internal const string OnInterval = @"[^.;\n]{0,40}?\b(?:after|every|each|once\s+per)\b[^.;\n]{0,30}?\b(?:intervals?|ttls?)\b";

    /// <summary>
    /// Data stores whose contents a move between them copies ("Migration of usernames from ES to Cassandra"): a rewrite of
    /// the stored data into another engine.
    /// </summary>
    private const string StoreEngine =
        @"(?:elastic(?:search)?|opensearch|cassandra|scylla(?:db)?|mongo(?:db)?|postgres(?:ql)?|mysql|mariadb|sqlite|couch(?:db|base)|dynamo(?:db)?|redis|clickhouse|cockroach(?:db)?|sql\s+server|bolt(?:db)?|badger(?:db)?|janusgraph|influx(?:db)?|etcd)";

    internal const string AtSignIn = @"(?:on|at|upon|during|after)\s+(?:the\s+|their\s+)?(?:next\s+|first\s+)?(?:successful\s+)?(?:log-?ins?|sign-?ins?|authentication)\b";

    /// <summary>
    /// This area's pattern in parts: one generated matcher of the whole alternation was past the size the JIT optimises
    /// (it ran unoptimised, MinOpts), so it is split between top-level alternatives, which matches the same texts; a text
    /// matches when any part does.
    /// </summary>
    internal static Regex[] DataParts { get; } = [Data1(), Data2(), Data3(), DataCounted(), DataForms26(), PrunedRecords(), DataForms27(), DataForms28(), DataForms29(), AllStoredRemoved(), DataForms30(), DuplicatesRemoved(), DataForms31()];

    /// <summary>
    /// Stored data rewritten in the words of typed notes: a job that copies, deletes or rewrites a counted number of rows
    /// ("copy 1.2B rows over the weekend", "deletes soft-deleted accounts … first run will hit ~2M rows"), values normalised
    /// in place ("renames customers.phone … and normalizes values").
    /// </summary>
    [GeneratedRegex("""
        \b(?:copy|copies|copying|copied|backfill\w*|rewrit\w*|mov(?:e|es|ed|ing)|migrat\w*|delet\w*|purg\w*|updat\w*|re-?encrypt\w*|dedup\w*|convert\w*|normaliz\w*|archiv\w*)\b
          [^\n]{0,80}?~?\b\d+(?:[.,]\d+)?\s*[kmb]\b(?:\s+|-)(?:rows|records|docs|documents|objects|events|users|accounts|orders|entries|messages)\b
        | ~?\b\d+(?:[.,]\d+)?\s*[kmb]\s+(?:\w+\s+)?(?:rows|records|documents)\b[^\n]{0,40}?\b(?:copied|moved|deleted|purged|rewritten|updated|migrated|backfilled|merged|deduplicated)\b
        | \bnormaliz(?:e|es|ing)\s+(?:the\s+|all\s+|existing\s+|stored\s+)?(?:values|rows|records|data|numbers|entries)\b
        | \b(?:eras(?:e|es|ed|ing|ure)|anonymi[sz]\w*|pseudonymi[sz]\w*)(?:_\w+)?\b[^.;\n]{0,40}?\b(?:users?|accounts?|pii|personal|profiles?|customers?|records|requests|addresses|data|rows)\b
        | \b(?:pii|personal\s+data)\b[^.;\n]{0,30}?\b(?:anonymi[sz]\w*|pseudonymi[sz]\w*|eras\w*|delet\w*|purg\w*)
        """, Options, TimeoutMs)]
    private static partial Regex DataCounted();

    [GeneratedRegex($$"""
        \bbackfill\w* | \bdata\s+(?:migrations?|upgrades?|fix|fixes|corrections?|clean[\s-]?ups?|repairs?|imports?|exports?|transformations?|conversions?)\b
        | \bre-?index\w* | \bpurg(?:e|es|ed|ing)\b(?!\s+(?:(?:the|old|obsolete|squashed)\s+)*migrations?\b)(?!{{OnInterval}}) | \bbulk\s+(?:updates?|deletes?|inserts?|imports?)\b(?!\s+(?:mutations?|endpoints?|operations?|apis?|methods?|actions?)\b) | \bre-?encrypt\w* | (?<!\blazy\s)\bre-?hash\w*(?![^.;\n]{0,40}?\b{{AtSignIn}})(?!\s+lazily\b)
        | \bdelet(?:e|es|ed|ing)\s+(?:all|old|stale|orphaned|duplicate)\b | \bone[\s-]?off\s+scripts?\b | \bbackground\s+migrations?\b
        | \brecalculat\w* | \brecomput\w* | \bdeduplicat\w* | \bre-?compress\w* | \bcaches?\s+(?:are|is|will\s+be)?\s*(?:cleared|flushed|invalidated)\b
        | (?<!\b(?:buttons?|links?|menu\s+items?|actions?|commands?|ability|options?)\b[^.;\n]{0,50}?\bto\s+(?:\w+\s+)?)\b(?:clear|flush|invalidate|wipe)\s+(?:the\s+|your\s+|all\s+|any\s+)?(?:[\w-]+\s+)?caches?\b
        | \b(?:storage|cache|on[\s-]disk|disk|data|file|database|index|wire|serialization|persistence)\s+formats?\b
        | \bformat\s+for\b[^.;\n]{0,30}\bfiles\b
        | \b(?:now|will\s+(?:now\s+)?be)\s+(?:stored|persisted|serialized|encoded)\s+(?:as|using)\b | \b(?:are|is)\s+now\s+(?:stored|persisted|serialized|encoded)\s+(?:as|in|using)\b
        | \bre-?sync(?:s|ed|ing)?\s+(?:the\s+|your\s+|all\s+|existing\s+)?(?:[\w-]+\s+)?(?!(?:replicas?|nodes?|peers?|clusters?|slaves?|shards?)\b)(?:data|records|[a-z]+s)\b
        | \bconver(?:t|ts|ted|ting|sion)\b[^.;\n]{0,60}?\b(?:on\s+the\s+fly|existing|stored|legacy|records|rows|keys)\b
        | \bstor(?:e|es|ed|ing)\b[^.;\n]{0,60}?\b(?:in\s+(?:a\s+)?(?:hashed|encrypted)\s+form|as\s+(?:a\s+)?(?:[\w-]+\s+){0,3}?hash(?:es)?)\b
        """, Options, TimeoutMs)]
    private static partial Regex Data1();

    [GeneratedRegex($$"""
          \bmigrat\w*\b[^.;\n]{0,40}?(?:\b(?<!\b(?:settings?|config\w*|values|syntax|yaml|json|toml)\s+)format(?![^\n]{0,120}?\bconfig(?:uration)?\s+files?\b)|\b(?:data\s*stores?|datastores?|storage))\b
        | \bmigrat\w*\b(?:\s+(?:issues?|of|the|all|existing|[\w-]+)){0,3}?\s+from\s+(?:es|{{StoreEngine}})\s+to\s+(?:es|{{StoreEngine}})\b
        | \b(?:replace|replaces|replacing|switch\w*|move\w*)\b[^.;\n]{0,40}?\b(?:data\s*stores?|datastores?|metadata\s+stores?|storage\s+backends?)\b
        | \b(?:data\s*stores?|datastores?|metadata\s+stores?)\b[^.;\n]{0,40}?\b(?:replace\w*|migrat\w*)\b
        | \bmigrat\w*\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your\s+|the\s+)?(?:existing|remaining)\b
        | \b(?:existing|stored)\s+[^.;\n]{0,40}?\b(?:will\s+be\s+|are\s+|get\s+|is\s+)(?:migrated|converted|rewritten|hashed|re-?encrypted)\b
        | \b(?:data|rows|records|entries|values|contents)\b[^.;\n]{0,20}?\b(?:is|are|will\s+be|get|gets|has\s+been|have\s+been)\s+(?:migrated|moved|copied|merged|folded|transferred)\s+(?:in)?to\b
        | \b(?:assign|assigns|assigned)\b[^.;\n]{0,40}?\bto\s+all\b | \b(?:set|sets|populat\w+|fill\w*|updat\w+)\b[^.;\n]{0,30}?\b(?:for|on|of|in)\s+all\s+existing\b
        | \bwill\s+have\s+(?:it|them|this|that|their\s+\w+)\s+(?:updated|migrated|converted|reset|changed|switched|moved|rewritten)\b
        | \b(?:cached|stored|existing|previously\s+\w+)\s+(?:\w+\s+){0,3}?(?:will\s+be|are|is|get|gets)\s+(?:invalidated|cleared|flushed|purged|discarded|deleted|dropped)\b
        """, Options, TimeoutMs)]
    private static partial Regex Data2();

    [GeneratedRegex("""
          \b(?:new|full|complete|fresh)\s+(?:re-?)?(?:export|import|index(?:ing)?|rebuild|resync|generation)\s+of\b
        | \b(?:re-?export|re-?import|re-?generat\w*|rebuild\w*|re-?build\w*)\b[^.;\n]{0,40}?\b(?:tables?|data|records|analytics|thumbnails|ind(?:ex|exes|ices))\b
        | \b(?:import|imports|importing|restore|restores|restoring|load|reload)\b[^.;\n]{0,50}?\bback\s+(?:in)?to\b
        | \b(?:update|upgrade|upgrading|migration)\b[^.;\n]{0,20}?\brequires?\s+(?:running|to\s+run)\b[^\n]{0,80}?\b(?:restore|import|reindex|convert|migrate)\w*
        | \b(?:routines?|jobs?|tasks?|workers?)\s+(?:that|to)\s+(?:clean\s?up|cleanup|purge|prune|delete|remove)\b
        | \b(?:remove|removes|removing|delete|deletes|deleting|prune|prunes|pruning)\s+(?:any|all|the)\s+(?:[\w-]+\s+){0,3}?[a-z]+s\s+(?:in|from)\s+the\s+database\b
        | \bnow\s+(?:prefixed|namespaced|keyed)\b[^.;\n]{0,40}?\b(?:in|inside|within)\s+(?:the\s+)?(?:redis|valkey|database|datastore|data\s+store|keyspace)\b
        | \b(?:convert|rewrite|fix\s+up)\s+(?:those|these|your|all|existing|the\s+stored)\s+(?:[\w-]+\s+){0,2}?(?:fields|columns|values|rows|records|entries)\b
        | \b(?:query|statement|script)\s+to\s+(?:update|fix|convert)\s+(?:your\s+|the\s+)?(?:existing\s+)?(?:database|data|tables?|rows|records)\b
        | \b(?:now|will\s+now)\s+stores\s+(?:the\s+|an?\s+)?(?:string|value|literal|number|empty|null|[\w-]+\s+(?:instead|rather)\b)
        | \bclean(?:s|ed|ing)?\s?up\b[^.;\n]{0,60}?\b(?:during|in|as\s+part\s+of)\s+the\s+(?:[\w.-]+\s+){0,2}?upgrade\b
        | \bdatabases?\s+(?:will|would|are|is|get|gets)\s+(?:now\s+)?(?:be\s+)?dropped\b
        """, Options, TimeoutMs)]
    private static partial Regex Data3();

    /// <summary>
    /// Rewrites of stored data that are only implied: things "converted on upgrade", a migration "to set" values,
    /// migrating legacy keys, an "X -> Y migration", "changed the way it stores comments", encrypting columns or removing encryption (stored values are
    /// rewritten), a replaced search backend (its index is rebuilt). A rewritten storage layer is a large migration
    /// (<see cref="LargeMigration"/>), not a rewrite of data by itself.
    /// They are data changes but say nothing about their size, so unlike <see cref="Data"/> they alone do not make a
    /// release with schema changes a migration (a minor release that encrypts two columns is a normal release).
    /// </summary>
    [GeneratedRegex("""
          \b(?:converted|migrated|rewritten|upgraded)\b[^.;\n]{0,40}?\b(?:on|during|at)\s+(?:the\s+)?(?:upgrade|startup|first\s+start)\b
        | \bchang\w*\s+(?:to\s+)?(?:the\s+)?way\s+(?:\w+\s+){0,3}?(?:stores?|persists?|(?:is|are)\s+(?:stored|persisted))\b
        | \bmigrations?\s+(?:to|that|which)\s+(?:set|sets|populate\w*|fill\w*|update\w*|convert\w*|copy|copies|move\w*|normali[sz]e\w*)\b
        | \bmigrat(?:e|es|ed|ing)\s+(?:the\s+|all\s+)?legacy\b | \b\w+\s*(?:->|→)\s*\w+\s+migrations?\b
        | \bencrypt(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:columns?|fields?|rows|records|values|(?:data|secrets|tokens)\s+at\s+rest)\b
        | \bremov\w*\s+(?:support\s+for\s+)?[\w\s]{0,30}?\bencryption\b
        | \b(?:replace|replaces|replaced|replacing|switch\w*|move\w*|migrat\w*)\b[^.;\n]{0,40}?\bsearch\s+(?:backends?|engines?|index(?:es)?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ImpliedDataRewrite();
}
