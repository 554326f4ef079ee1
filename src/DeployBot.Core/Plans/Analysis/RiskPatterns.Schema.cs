using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Schema: the relational database schema. Words that only name a database thing (ALTER TABLE, foreign keys, DDL,
/// constraints, <c>db:migrate</c>) always count (<see cref="Schema"/>). "Migration", "schema", "index", "table" and
/// "column" also name other things: a migration guide or a move to another system, a search engine's index, an HTML
/// table, a GraphQL or JSON schema, a Kubernetes CRD schema. They count only in a database context
/// (<see cref="SchemaInDatabaseContext"/>): the item itself names the database (<see cref="DatabaseContext"/>), or the
/// release notes do (<see cref="ReleaseContext.Database"/>). Even there, a schema that only qualifies what reads it
/// (a schema cache, registry, reload or summary) is not changed, nor is a name in code (<c>Ecto.Schema</c>,
/// <c>{fragment, Schema}</c>).
/// </summary>
internal static partial class RiskPatterns
{
    private const string ChangeVerb =
        @"(?:add|adds|added|adding|drop|drops|dropped|dropping|rename|renames|renamed|renaming|remove|removes|removed|removing
           |change|changes|changed|changing|alter|alters|altered|altering|create|creates|created|creating|new|rebuild|rebuilt|backfill|backfills|backfilled
           |encrypt|encrypts|encrypted|encrypting)";

    private const string DatabaseWord = @"(?:database|databases|db|table|tables|column|columns|schema|schemas|sql|postgres|postgresql|mysql|index|indexes|indices)";

    /// <summary>
    /// Words that mean a relational schema wherever they stand, and a column added, dropped or renamed unless the item
    /// puts it in a list, view, grid, page or report on screen. SQL's own DDL keeps its meaning in any changelog: a
    /// foreign key also as code spells it (<c>:foreign_key</c>), <c>COMMENT ON INDEX</c>, an <c>UNLOGGED</c> table.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:database|db|schema)\s+(?:migration|migrations|change|changes|upgrade)\b
        | \b(?:alter|create|drop|rename|truncate)\s+table\b | \b(?:create|drop)\s+(?:unique\s+)?index\s+(?:concurrently\s+)?(?:if\s+(?:not\s+)?exists\s+)?`?\w+`?\s+on\b
        | \b{{ChangeVerb}}\b[\w\s`'".,:()-]{0,40}?\bcolumns?\b(?![^.;\n]{0,40}?\b(?:lists?|views?|grids?|pages?|dashboards?|ui|reports?|panels?|widgets?|screens?)\b)
        | \b(?:foreign|primary)\s+keys?\b | \b(?:foreign|primary)_keys?\b(?![`'""]?\s+(?:and\s+[`'""]?\w+[`'""]?\s+)?(?:options?|settings?|config\w*)\b) | \b(?:unique|check|not[\s-]null)\s+constraints?\b
        | \bcomment\s+on\s+(?:table|column|index|constraint)\b | \bunlogged\s+tables?\b
        | \bddl\b | \bonline[\s-]schema[\s-]changes?\b | \bflyway\b | \bliquibase\b | \balembic\b | \bdb:migrate\b | \bmanage\.py\s+migrate\b | \bmakemigrations\b
        | \bdown[\s-]?migrations?\b | \bbigint\b | \bstored\s+procedures?\b | \bhypertables?\b
        | \b(?:grants?|rls|row[\s-]level\s+security)\b[^.;\n]{0,40}?\btables?\b
        | \b(?:drop|drops|dropped|dropping|delet\w*|remov\w*)\s+(?:the\s+)?(?:(?:legacy|old|unused|deprecated|obsolete|stale)\s+)*(?:(?:mongo(?:db)?|dynamo(?:db)?|firestore|cosmos(?:db)?)\s+)?collections?\b
        | \b(?:mongo(?:db)?|firestore|cosmos(?:db)?)\s+collections?\b[^.;\n]{0,40}?\b(?:drop\w*|delet\w*|remov\w*)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Schema();

    /// <summary>
    /// A schema change in the shorthand of typed notes, by the shape of its names: an index on <c>table(column)</c>
    /// ("new index on events(created_at)", "+ idx orders(user_id)"), a snake_case column added by its dotted name ("add
    /// orders.refunded_at"), new tables named as a database names them ("new tables workspaces, workspace_members"), a
    /// value added to an enum type ("add 'on_hold' to order_status type"), a foreign key added or dropped ("fk drop"; not an
    /// ORM's "fk" attribute in its own changelog).
    /// </summary>
    [GeneratedRegex("""
        (?:\b(?:new|add|adds|added|adding|create|creates|created)\s+|\+\s*)?(?:unique\s+)?\b(?:index|idx)\s+(?:concurrently\s+)?(?:on\s+)?`?(?-i:[a-z_][a-z0-9_.]*)`?\s*\(\s*(?-i:[a-z_][a-z0-9_]*)\s*(?:,\s*(?-i:[a-z_][a-z0-9_]*)\s*)*\)
        | \b(?:add|adds|added|adding|new)\s+(?:(?:a\s+)?(?:nullable\s+|non-?null\s+)?col(?:umn)?\s+)?(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9]*_[a-z0-9_]*|[a-z][a-z0-9]*_[a-z0-9_]*\.[a-z][a-z0-9_]*)(?![\w.]*\.\w)
          (?!`?\s+(?:options?|settings?|keys?|flags?|propert(?:y|ies)|fields?|methods?|parameters?|params?|metrics?|labels?|attributes?)\b)
        | \b(?:new|add|adds|added|adding|create|creates|created)\s+tables?\b[^.;\n]{0,40}?\b(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)\b
        | \b(?:add|adds|added|adding)\s+(?:value\s+)?'[^'\n]{1,40}'\s+to\s+(?:the\s+)?`?[a-z_]+`?\s+(?:type|enum)\b
        | \b(?:add|adds|added|drop|drops|dropped|new|rename\w*)\s+(?:an?\s+|the\s+)?fks?\b | \bfks?\s+(?:drop|dropped|add|added|rename\w*|removal|removed|constraints?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex SchemaShorthand();

    /// <summary>
    /// Words that mean a relational schema only in a database context (see the class summary); a new "database table"
    /// and "indexing for the `x` table" count there as well. A console command's name ("`migrations:status`") is no migration.
    /// </summary>
    [GeneratedRegex($$"""
        (?<!\b(?:docs?|documentation|site|theme|plugin|tools?|config|configuration|data)\s+|\b(?:config|configuration|settings|ini|ya?ml)\s+files?\s+|/)\bmigrations?\b(?!:\w)(?![\s-]+(?:guide|guides|notes|path|paths|tool|tools|docs|documentation|instructions|from|between|rfcs?|checklists?)\b|/)(?![^.;\n]{0,30}?\bfrom\s+(?:es|{{StoreEngine}})\s+to\s+(?:es|{{StoreEngine}})\b)
        | \bmigrat(?:e|es|ed|ing)\b(?=(?:\W+\w+){0,5}?\W+{{DatabaseWord}}\b)
        | (?<!\b(?:json|openapi|graphql|xml|avro|protobuf|api|response|request|dashboard|config|configuration|theme|plugin|dao|crd|custom|validation)\s+)(?<![/'`(.])\bschemas?\b(?!['`/)}])(?!\.\w)(?![\s-]+(?:qualified|library|libraries|validation|definitions?|paths?|types?|options|validators?|setters?|getters?|cache|caches|registry|registries|reloads?|reloading|introspection|summary|lookups?)\b)
        | \b{{ChangeVerb}}\b[\w\s`'".,:()-]{0,40}?\bcolumns?\b
        | \b{{ChangeVerb}}\b[\w\s`'".,:()-]{0,30}?\b(?:index|indexes|indices)\b
        | \b(?:drop|drops|dropped|dropping|rename|renames|renamed|renaming|remove|removes|removed|removing|truncate|truncates|truncated)\b[\w\s`'".,:()-]{0,40}?\btables?\b
        | \btables?\b[^.;\n]{0,30}?\bpartition\w* | \bpartition\w*\s+(?:the\s+)?`?\w+`?\s+tables?\b
        | \b(?:sql|database|db)\s+tables?\b | \bindex(?:es|ing)?\s+(?:for|on)\s+(?:the\s+)?`?[\w.]+`?\s+(?:tables?|columns?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex SchemaInDatabaseContext();

    /// <summary>
    /// What says the text is about a relational database: the word database or SQL, a relational engine, an ORM, or a
    /// migration tool's own vocabulary (migration files and templates, the migrations table, running pending migrations,
    /// a broken or missing migration or one that crashes ("removes a migration which caused a crash"), a package's
    /// migrations loaded or published for the application (only a schema migration tool's migrations are), a migration that is applied, migrations squashed into one (only a schema migration
    /// tool keeps a history that is squashed), a numbered migration or its file
    /// (<c>0007_alter_accessattempt_unique_together.py</c>, <c>20240101120000_add_users.rb</c>, <c>V3__orders.sql</c>: only
    /// migration tools number their files so), a missing index, a table or
    /// column named like a database identifier (<c>legacy_sessions table</c>, <c>invoices.due_at column</c>).
    /// </summary>
    [GeneratedRegex("""
        \b(?:databases?|db|sql|postgres(?:ql)?|pg_partman|pg_upgrade|pg_dump|mysql|mariadb|sqlite3?|mssql|sql\s+server|oracle\s+db|cockroach(?:db)?|clickhouse|orm|activerecord|active\s+record|hypertables?)\b
        | \bmigrations?\s+(?:files?|templates?|tables?|scripts?|versions?|history|runner|directory|folder|status|lock)\b
        | \b(?:run|runs|running|ran|pending|apply|applies|applied|applying|rollback|roll\s+back|revert|reverting|generated|missing)\s+(?:the\s+|all\s+|a\s+|any\s+)?(?:(?:schema|database|db)\s+)?migrations?\b
        | \b(?:broken|missing|failing|failed|faulty)\s+(?:schema\s+)?(?:migrations?|ind(?:ex|exes|ices))\b | \bmigrations?\s+(?:errors?|fail\w*|crash\w*)\b
        | \bmigrations?\s+(?:which|that)\s+(?:\w+\s+){0,3}?(?:crash\w*|fail\w*|errors?|broke)\b
        | \b(?:load|loads|loading|loaded|publish|publishes|published|publishing)\s+(?:of\s+)?(?:(?:the|its|our|package|package's)\s+){0,2}migrations\b
        | \bmigrations?\b[^.;\n]{0,40}?\b(?:is|are|was|were|gets?)\s+(?:applied|run|executed)\b
        | \bsquash(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?migrations?\b | \bmigrations?\b[^.;\n]{0,30}?\bsquashed\b
        | \bmigrations?\s+`?(?:v|\#)?\d+(?:_\w+)?`?(?![.\d]) | \b\d{3,14}_\w+\.(?:py|rb|sql|exs|php|js|ts|go)\b | \bV\d+(?:[._]\d+)*__\w+\.sql\b
        | `[\w.]+`\s+(?:table|column)s?\b | \b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\s+(?:table|column)s?\b | \b(?:table|column)s?\s+`[\w.]+`
        | \b(?:table|column|col)s?\s+(?-i:[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\b(?![\w.]*\.\w)
        """, Options, TimeoutMs)]
    internal static partial Regex DatabaseContext();

    /// <summary>A model's name as an ORM spells it, a class in PascalCase (<c>LineItem</c>, <c>`Order`</c>), in a list of them or alone.</summary>
    private const string ModelNames =
        @"`?(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*)`?(?:\s*(?:,|\band\b|,\s*and\b)\s*`?(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*)`?)*";

    /// <summary>
    /// A model of an ORM added, removed or renamed by its class name ("Added `Invoice` model", "Removed deprecated Coupon
    /// model", "store drafts in a new `DraftState` model", "the Source and SourceTransaction models have been removed"):
    /// an ORM's model is a table, so this is a schema change, where the item or its notes speak of a database and the
    /// notes are not a vendor's client library (whose "models" are the API's response types).
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:add|adds|added|adding|new|introduc\w*|remov\w*|drop|drops|dropped|dropping|delet\w*|renam\w*)\s+(?:the\s+|a\s+|an\s+)?(?:(?:deprecated|legacy|old|unused|obsolete|new)\s+)*{{ModelNames}}\s+models?\b
        | {{ModelNames}}\s+models?\s+(?:(?:has|have)\s+been|was|were)\s+(?:removed|dropped|deleted|renamed|added)\b
        """, Options, TimeoutMs)]
    internal static partial Regex OrmModelChange();
}
