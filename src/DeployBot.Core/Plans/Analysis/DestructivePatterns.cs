using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// What makes an item destructive or breaking (plan-format.md): dropping or renaming a column, table or index, a type
/// change, NOT NULL on an existing column, a removed endpoint, flag, option or config key, an irreversible rewrite.
/// </summary>
internal static partial class DestructivePatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const int TimeoutMs = MatchBudget.Milliseconds;

    private const string Removal =
        $"(?:{RemovalGrammar.Drop}|{RemovalGrammar.Remove}|{RemovalGrammar.Delete}|{RemovalGrammar.Rename}|{RemovalGrammar.Truncate}|{RemovalGrammar.Retire}|retiring|decommission|decommissions|decommissioned)";

    private const string Thing =
        @"(?:columns?|tables?|index|indexes|indices|fields?|endpoints?|routes?|(?<![\w-])apis?(?![\w-])|flags?|options?|settings?|config(?:uration)?\s+keys?
           |env(?:ironment)?\s+var(?:iable)?s?|parameters?|params?|queues?|topics?|buckets?|constraints?|enum\s+values?|views?|collections?
           |databases?|schemas?|keys?(?!\s+vault)|properties|property|functions?|methods?|class(?:es)?|drivers?|commands?|hooks?|plugins?|arguments?
           |cols?|tbls?|fks?|webhooks?|annotations?)";

    /// <summary>
    /// Destructive (<see cref="Destructive"/>), unless the removal is only a capability: "supports dropping indexes", "an
    /// option to drop the index", "the ability to delete tables", "allows you to rename columns", "admins can now purge
    /// content" add a way to remove,
    /// they remove nothing. Those phrases are taken out before matching (cheaper than a look-behind inside the pattern).
    /// </summary>
    internal static bool IsDestructive(string text)
    {
        var removals = WithoutNonRemovals30(LazyRehash().Replace(NoRemoval().Replace(CapabilityToRemove().Replace(text, " "), " "), " "));
        return (Destructive().IsMatch(removals) || RiskPatterns.PrunedRecords().IsMatch(removals) || NamedRemoval().IsMatch(removals) || DatabaseObjectRemoval().IsMatch(removals) || NamedGone().IsMatch(removals) || ShorthandChange().IsMatch(removals) || IsDestructive29(removals) || IsDestructive30(removals) || IsDestructive31(removals))
            && !LaterRelease().IsMatch(removals);
    }

    /// <summary>
    /// Passwords rehashed when their users next sign in ("rehashed on next successful login (no bulk rewrite)"): no stored
    /// data is rewritten in bulk, so nothing a snapshot must bring back; the way back is the sign-in path (the previous
    /// version must verify the new hashes), not a restore.
    /// </summary>
    [GeneratedRegex($$"""\bre-?hash\w*\b[^.;\n]{0,40}?\b{{RiskPatterns.AtSignIn}} | \blazy\s+re-?hash\w* | \bre-?hash\w*\s+lazily\b""", Options, TimeoutMs)]
    internal static partial Regex LazyRehash();

    /// <summary>A removal ruled out: "we use no removed commands", "none of the dropped options".</summary>
    [GeneratedRegex(@"\b(?:no|none\s+of\s+the|without\s+(?:any\s+)?)\s*(?:removed|dropped|deleted|renamed)\b", Options, TimeoutMs)]
    private static partial Regex NoRemoval();

    /// <summary>A removal put off to another release: "remove /v1/balances next week, not in this one", "in a follow-up release".</summary>
    [GeneratedRegex("""
        \bnext\s+(?:week|release|sprint|month|version|deploy)\b | \bnot\s+in\s+this\s+(?:one|release|build|deploy|version|pr)\b
        | \bin\s+a\s+(?:later|future|follow-?up|separate)\s+(?:release|pr|deploy|version|change)\b
        """, Options, TimeoutMs)]
    private static partial Regex LaterRelease();

    /// <summary>The shape of a removed thing's name (<see cref="NamedRemoval"/>): a route, a SETTING_NAME, a flag, a database name.</summary>
    private const string RemovedName =
        @"(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?`?/(?!(?:etc|var|usr|opt|tmp|home|dev|proc|bin|lib|srv|mnt|root)\b)[a-z0-9_{}:.-]+(?:/[a-z0-9_{}:.-]+)*(?<!\.[a-z]{1,5})`?(?![\w/.])
          | `?(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b`? | `?--[a-z][\w-]+`? | `?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)(?<!\.(?:js|ts|py|rb|go|rs|java|json|yaml|yml|md|txt|io|com|org|net|dev|sh|toml|ini|cfg|conf|xml|html|css|lock|sql|env))`?(?![\w.]*\.\w)";

    /// <summary>
    /// Named things said to be gone, as typed notes say it: "LEGACY_TOKEN_TTL gone, use SESSION_TTL", "/saml/acs and
    /// /saml/metadata removed", "old MAILGUN_KEY + MAILGUN_DOMAIN removed from config", "zookeeper.connect removed from client
    /// configs", "JWT_SECRET removed after that", "the /export endpoint is gone"; and a snake_case name deleted or dropped
    /// ("its connection sales_ftp deleted"): only "removed" is said of code, a deletion is of something stored or set up;
    /// and a flag named after the word ("flag new_checkout removed (100% since 11/02)").
    /// </summary>
    [GeneratedRegex($$"""
        (?:{{RemovedName}})(?:\s*(?:,|/|\+|&|\band\b)\s*(?:the\s+)?(?:{{RemovedName}}))*\s+(?:(?:endpoints?|routes?|settings?|keys?|flags?|env\s+vars?|columns?|tables?)\s+)?
          (?:(?:is|are|was|were|has\s+been|have\s+been|got|gets|will\s+be)\s+)?(?:now\s+)?(?:fully\s+)?(?:{{RemovalGrammar.Gone}}|decommissioned)\b
        {{RemovalGrammar.NotInDocs}}
        | `?(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)`?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|got|gets|will\s+be)\s+)?(?:now\s+)?(?:deleted|dropped|purged)\b
        {{RemovalGrammar.NotInDocs}}
        | \b(?:feature[\s-]?)?flags?\s+`?(?-i:[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+)`?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|got|gets|will\s+be)\s+)?(?:now\s+)?(?:{{RemovalGrammar.Gone}})\b
        {{RemovalGrammar.NotInDocs}}
        """, Options, TimeoutMs)]
    private static partial Regex NamedGone();

    /// <summary>
    /// Destructive schema changes in the shorthand of typed notes: a column's type by an arrow ("orders.total -> numeric(12,2)"),
    /// a foreign key, column or table dropped or renamed by abbreviation ("fk drop + col rename on inv tbl"), NOT NULL set
    /// on a dotted column ("set orders.currency NOT NULL"). Each is a schema change.
    /// </summary>
    [GeneratedRegex("""
        (?-i:\b[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\s*(?:->|→|=>|to)\s*(?:numeric|decimal|bigint|int|int4|int8|integer|smallint|text|varchar|char|uuid|jsonb?|timestamptz|timestamp|boolean|bool|date|float|double|real|money)\b
        | \b(?:fks?|foreign\s+keys?|cols?|columns?|tbls?|tables?|idx|index|indexes|constraints?)\s+(?:drop|dropped|drops|rename|renamed|renames|removal|removed|delete|deleted|gone)\b
        | \b(?:drop|drops|dropped|rename|renames|renamed|remove|removes|removed)\s+(?:the\s+)?(?:fks?|cols?|tbls?|idx)\b
        | \b(?:set|sets|setting|add|adds|added|make|makes|made)\s+`?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)`?\s+(?:to\s+)?not[\s-]null\b
        | (?-i:\b(?:RemoveField|DeleteModel|RenameField|RenameModel|remove_column|drop_table|rename_column|rename_table|change_column|DropColumn|DropTable|RenameColumn|DropIndex)\b)
        | \b(?:drop|drops|dropped|dropping)\s+`?(?-i:[A-Z][A-Za-z0-9]+\.[A-Z][A-Za-z0-9]+)\b`?(?!\s*\()
        """, Options, TimeoutMs)]
    internal static partial Regex ShorthandChange();

    private const string Retired =
        @"(?::\s*|\s+)(?:(?:the|a|our)\s+)?(?:(?:legacy|old|older|deprecated|unused|obsolete|stale|v\d+)\s+)*(?:(?:mongo(?:db)?|dynamo(?:db)?|firestore)\s+)?(?:(?:columns?|cols?|tables?|tbls?|index|idx|endpoints?|routes?|env(?:ironment)?\s+var(?:iable)?s?|settings?|keys?|flags?|collections?)\s+)?";

    /// <summary>
    /// A table's column or a snake_case table in lower case, as a database names them (<c>users.password_md5</c>,
    /// <c>legacy_sessions</c>); not a file (<c>app.js</c>), a host (<c>example.com</c>) or a code name in capitals.
    /// </summary>
    private const string DatabaseName =
        @"(?-i:(?<table>[a-z][a-z0-9_]*)(?:\.(?<column>[a-z][a-z0-9_]*))?)(?<=_[a-z0-9]*|\.[a-z0-9_]+)(?<!\.(?:js|ts|py|rb|go|rs|java|json|yaml|yml|md|txt|io|com|org|net|dev|sh|toml|ini|cfg|conf|xml|html|css|lock|sql|env))(?![\w.]*\.\w)";

    /// <summary>
    /// Not an HTTP method in a list of methods ("`POST/DELETE /users/:id/mfa`", "GET|DELETE /tokens"): the route is
    /// called, not deleted.
    /// </summary>
    private const string NotAMethod = @"(?<!(?-i:\b(?:GET|POST|PUT|PATCH|HEAD|OPTIONS))\s*[/|,]\s*)";

    /// <summary>
    /// A removal whose object is named by its shape rather than by a noun, as release managers type it: a route
    /// ("remove /v1/login", "kill GET /api/v2/export"), a setting ("removed LEGACY_TOKEN_TTL"), a command-line flag
    /// ("removed --no-cache"), a table's column ("remove users.password_md5", "rename orders.cust_id to …"). Not a file path
    /// (/etc/…, app.js), not a bare snake_case name (a metric or an option as often as a table; only dropping one is
    /// <see cref="DatabaseObjectRemoval"/>), and not what is removed from the documentation.
    /// </summary>
    [GeneratedRegex($$"""
        {{NotAMethod}}\b(?:{{RemovalGrammar.Drop}}|{{RemovalGrammar.Remove}}|{{RemovalGrammar.Delete}}|{{RemovalGrammar.Rename}}|{{RemovalGrammar.Kill}}|{{RemovalGrammar.Retire}}|rm|{{RemovalGrammar.Truncate}})\b{{Retired}}
        (?> (?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?`?/(?!(?:etc|var|usr|opt|tmp|home|dev|proc|bin|lib|srv|mnt|root)\b)[a-z0-9_{}:.-]+(?:/[a-z0-9_{}:.-]+)*(?<!\.[a-z]{1,5})`?(?![\w/.])
          | `?(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b`?
          | `?--[a-z][\w-]+`?
          | (?<=\b(?:delete|deletes|deleted|deleting)\b[^\n]{0,30})`?(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)\b`?(?!\s+(?:options?|flags?|settings?|keys?|fields?|methods?|functions?|propert(?:y|ies)|params?|parameters?|arguments?|metrics?))
          | `?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)(?<!\.(?:js|ts|py|rb|go|rs|java|json|yaml|yml|md|txt|io|com|org|net|dev|sh|toml|ini|cfg|conf|xml|html|css|lock|sql|env))`?(?![\w.]*\.\w)(?!\s+(?:options?|flags?|settings?|keys?|fields?|methods?|functions?|propert(?:y|ies)|params?|parameters?|arguments?|class(?:es)?|modules?|packages?|gems?|crates?|plugins?|hooks?)\b) )
        {{RemovalGrammar.NotInDocs}}
        """, Options, TimeoutMs)]
    internal static partial Regex NamedRemoval();

    /// <summary>
    /// An object named before the last of a list of dropped things, with or without its noun: "drops the unused hstore
    /// extension + orders.attrs_hstore col" drops the extension and the column.
    /// </summary>
    private const string ListedObject = $@"`?[\w.-]+`?(?:\s+{RemovalGrammar.Kind})?";

    /// <summary>
    /// A table or column dropped, truncated or renamed by its database name, with no noun for it: "drop users.password_md5",
    /// "drop legacy_sessions", "rename orders.cust_id to orders.customer_id", also last in a list ("drops the hstore
    /// extension + orders.attrs_hstore col"). A schema change wherever it stands.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:{{RemovalGrammar.Drop}}|{{RemovalGrammar.Truncate}}|rm)\b{{Retired}}(?:{{ListedObject}}{{RemovalGrammar.And}}){0,3}`?{{DatabaseName}}`?(?!\s+(?:options?|flags?|settings?|keys?|fields?|methods?|functions?|propert(?:y|ies)|params?|parameters?|arguments?|class(?:es)?|modules?|packages?|gems?|crates?|plugins?|hooks?|support)\b)
        | \b(?:rename|renames|renamed|renaming)\b{{Retired}}`?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)`?\s+(?:to|->|→|=>)\s+`?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)
        """, Options, TimeoutMs)]
    internal static partial Regex DatabaseObjectRemoval();

    /// <summary>
    /// A table's column removed by its dotted name ("remove users.tz_offset"), read as a column where the item itself speaks
    /// of a database ("add column users.timezone …, remove users.tz_offset"); elsewhere a dotted name is as often a setting.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:{{RemovalGrammar.Drop}}|{{RemovalGrammar.Remove}}|{{RemovalGrammar.Delete}}|{{RemovalGrammar.Rename}})\b{{Retired}}
        `?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)(?<!\.(?:js|ts|py|rb|go|rs|java|json|yaml|yml|md|txt|io|com|org|net|dev|sh|toml|ini|cfg|conf|xml|html|css|lock|sql|env))`?(?![\w.]*\.\w)
        """, Options, TimeoutMs)]
    internal static partial Regex DottedNameRemoval();

    [GeneratedRegex("""
        \b(?:supports?|supporting|support\s+for|options?\s+to|options?\s+for|ability\s+to|allows?\s+(?:\w+\s+)?to|able\s+to|can(?:\s+now)?|how\s+to)\s+
          (?:drop|drops|dropping|remove|removes|removing|delete|deletes|deleting|rename|renames|renaming|truncate|truncates|truncating|purge|purges|purging)\b
        """, Options, TimeoutMs)]
    private static partial Regex CapabilityToRemove();

    /// <summary>Where a removal takes nothing from the product: the docs, a readme, an example.</summary>
    private const string InTheDocs = @"\b(?:from|in)\s+(?:the\s+)?(?:docs?|documentation|readme|examples?)\b";

    /// <summary>
    /// Dropping, renaming or removing a stored or public thing, or an irreversible rewrite of data; not when the thing is
    /// only taken out of the docs or an example ("Dropped `--no-cache` in the documentation of the build command").
    /// </summary>
    [GeneratedRegex($$"""
        {{NotAMethod}}(?<!\bauto-)\b{{Removal}}\b(?!\s+(?:(?:an?|the)\s+)?(?:redundant|unnecessary|unneeded|superfluous|extra)\b)(?!\s+(?:unused|dead|duplicate\w*)\b(?!\s+(?:tables?|columns?|index(?:es)?|indices|collections?)\b(?!\s+(?:definitions?|headers?|entries|names?|labels?)\b|[^.;\n]{0,30}\b(?:from|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:views?|grids?|screens?|pages?|reports?|ui|exports?|csv)\b)))(?!\s+(?:obsolete\s+code|a\s+warning|the\s+warning|warnings?|logs?|logging|noise|need|requirement|limit|restriction|notes?|docs?|documentation|comments?|mentions?|examples?))(?:(?!{{InTheDocs}})(?:[^.;\n]|\.(?=\S))){0,50}?\b{{Thing}}\b(?!\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:pages?|screens?|grids?|views?|reports?|ui|exports?|csv)\b)
        | \b(?:drop|truncate)\s+(?:table|column|index|database|schema)\b
        | \b{{Thing}}\s+(?:(?:was|were|has(?:\s+now)?\s+been|have(?:\s+now)?\s+been|is|are)\s+)?(?:removed|dropped|deleted|renamed|gone|retired|decommissioned)\b(?!\s+{{InTheDocs}})
        | \b(?:change|changes|changed|changing|alter|alters|altered)\s+(?:the\s+)?(?:column\s+)?type\b | \btype\s+change\b | \balter\s+column\b[^.;\n]{0,40}\btype\b
        | \b(?:set|sets|setting|add|adds|added|make|makes|made)\b(?:[^.;\n]|\.(?=\w)){0,40}\bnot[\s-]null\b | \bnot[\s-]null\s+constraint\b
        | \birreversibl\w* | \bcan(?:not|\s+not|'t|’t)\s+be\s+(?:undone|reversed|rolled\s+back)\b | \bpurg(?:e|es|ed|ing)\b(?![^.;\n]{0,40}\bcaches?\b)(?!{{RiskPatterns.OnInterval}})(?<!\bcaches?\s+purg\w*) | \bdelet(?:e|es|ed|ing)\s+(?:all|old|stale|orphaned|soft[\s-]deleted|inactive|expired|archived|unverified|abandoned|dormant)\b | \bhard[\s-]delet\w*
        | \b(?:rows|records|dups|duplicates)\b[^.;\n]{0,40}?\b(?:deleted|purged|removed)\b
        | \bre-?hash\w* | \bone[\s-]way\s+(?:migration|rewrite)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Destructive();

    /// <summary>
    /// Removing a stored thing: "delete those tables (messages, message_logs) yourself", "the `tokens` column was dropped",
    /// "drop the old search index", "retire the old idx_orders_created index", "purge table tmp_imports". Its data goes with it; counted only where the item or the notes speak of a database.
    /// Not a rename (the data stays), nor a column of a screen or an option of a function.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:{{RemovalGrammar.Drop}}|{{RemovalGrammar.Remove}}|{{RemovalGrammar.Delete}}|{{RemovalGrammar.Truncate}}|{{RemovalGrammar.Retire}}|retiring|{{RemovalGrammar.Purge}})\b
          (?![^.;\n]{0,50}\bsupport\b)(?![^.;\n]{0,30}\bability\b)(?:[^.;\n]|\.(?=\S)){0,50}?
          \b(?:tables?|columns?|index(?!\.\w)|indexes|indices|collections?)\b(?!\s+of\s+contents)
          (?![`'"]?\s+(?:from\s+(?:the\s+)?[\w`'"-]+\s+)?(?:components?|class(?:es)?|types?|widgets?|helpers?|modules?|functions?|methods?|pages?|buttons?|views?|lists?|grids?|screens?|ui|options?|parameters?|params?|arguments?|flags?|settings?|propert(?:y|ies))\b)
          (?![`'"]?\s+(?:from|on|in)\s+(?:the\s+)?(?:[\w`'"()-]+\s+){0,3}(?:views?|lists?|grids?|screens?|pages?|reports?|ui|exports?|csv)\b)
          (?![`'"]?\s+(?:definitions?|headers?|entries|names?|labels?|widths?|visibility|pickers?|selectors?|choosers?|layouts?|sorting|filters?)\b)
        | \b(?:tables?|columns?|index|indexes|indices|collections?)\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:dropped|deleted|truncated)\b
        """, Options, TimeoutMs)]
    internal static partial Regex StoredRemoval();

    /// <summary>
    /// Tables and indexes named as a database names them: "those tables (messages, message_logs)", "the `audit` table",
    /// "table audit_v1", "the old idx_orders_created index", "index idx_users_email".
    /// </summary>
    [GeneratedRegex("""
        \btables?\s*\(\s*[a-z_][a-z0-9_]*(?:\s*,\s*[a-z_][a-z0-9_]*)*\s*\) | `[a-z_][a-z0-9_.]*`\s+(?:tables?|index)\b | \b(?:tables?|index)\s+`?[a-z]+_[a-z0-9_]+\b
        | \b[a-z]+_[a-z0-9_]+\s+(?:tables?|index)\b
        """, Options, TimeoutMs)]
    internal static partial Regex NamedTables();

    /// <summary>
    /// The name of the object an item touches: <c>users.password_md5</c>, <c>/v1/login</c>, <c>`sessions_v1`</c>, <c>STRIPE_KEY</c>,
    /// a Helm chart's value (<c>.Values.legacyIngress</c>), a bucket path whole (<c>s3://ml-models/v3/</c>, not its <c>/ml-models/v3</c>), a hyphenated
    /// topic whole (<c>order-events.v2</c>, not <c>events.v2</c>).
    /// </summary>
    [GeneratedRegex("""
        `(?<name>[^`\n]{2,60})` | (?<name>(?<![\w.])\.Values(?:\.[A-Za-z_][A-Za-z0-9_-]*)+) | (?<name>\b(?:s3[an]?|gs|gcs|az|abfss?|wasbs?|r2)://[a-z0-9_{}:.-]+(?:/[a-z0-9_{}:.-]+)*/?)
        | (?<name>(?<!\b(?:s3[an]?|gs|gcs|az|abfss?|wasbs?|r2):/?)/[a-z0-9_{}:.-]+(?:/[a-z0-9_{}:.-]+)+) | (?<name>(?<![\w.-])[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*\.[a-z][a-z0-9_]*\b(?!\.\w))
        | (?<name>\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b) | (?<name>\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, TimeoutMs)]
    internal static partial Regex ObjectName();
}
