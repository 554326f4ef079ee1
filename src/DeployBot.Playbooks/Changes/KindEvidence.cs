using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A second look at what the release analysis flags, before a kind gets a playbook: the analysis reads words, a playbook
/// acts on them. Command-line options ("--start-id", "--link") are not config, "no schema change" is not a schema change,
/// a search reindex or an engine's statistics refresh is not DDL, and a datastore engine named with two versions or
/// upgraded in any of the supported languages is an engine upgrade.
/// </summary>
internal static partial class KindEvidence
{
    /// <summary>
    /// Items the analysis marks as config that name a setting, secret, key or config file once options are set aside, and
    /// that do more than remove what they name: "removed … (/api/reports/{id}.xml) and the EXPORT_XML_ENABLED setting" has
    /// no value to apply (the contract playbook confirms the setting unset and keeps it until verification), while
    /// "HS256 -> RS256, JWKS at /.well-known/jwks.json, … JWT_SECRET removed after that" changes signing as well.
    /// </summary>
    public static bool IsConfig(ReleaseItem item)
    {
        // "In your application's `config/sanctum.php` file, update …": a config file in the application's language is code,
        // changed in the repository and built (BuildChanges), never applied on the servers; nor is a field of the project's
        // own metadata ("the `apiVersion` for the `Chart.yaml`", ProjectFiles) a setting of the operator's.
        if (!item.Risks.Contains(RiskArea.Config) || BuildChanges.ChangesCodeConfig(item) || ProjectFiles.AboutOwnFile(item.Text))
        {
            return false;
        }

        var settings = ReleaseAnalyzer.ConfigSettingNames(item.Text).ToArray();
        // A bug fix that names a config option and no setting ("fix: PytestConfigWarning Unknown config option:
        // python_paths") says where the bug was; there is nothing to set unless it asks the operator to.
        if (item.Fix && settings.Length == 0 && !AddressesOperator().IsMatch(item.Text))
        {
            return false;
        }

        // "Added the option to configure revisionHistoryLimit", "Allow configuring preload via a block", "Added `strict`
        // configuration to warn …": a new optional setting, with no setting name the operator must give, asks nothing to be
        // applied; the config step would say "Apply the new settings and secrets of line 6" for a feature.
        if (settings.Length == 0 && OffersOption().IsMatch(item.Text) && !AddressesOperator().IsMatch(item.Text))
        {
            return false;
        }

        return (settings.Length > 0 || (ConfigWord().IsMatch(CliOption().Replace(item.Text, " ")) && !OnlyMentionsConfig(item, settings))) && !OnlyRemoves(item, settings);
    }

    [GeneratedRegex(@"\b(?:you|your|must|should|need\s+to|needs\s+to|please|make\s+sure|ensure|set\s+[`'""]?[\w.-]+[`'""]?\s*(?:to|=))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AddressesOperator();

    /// <summary>A new setting the release offers, to use or not: "added the option to configure …", "allow configuring …", "now configurable".</summary>
    [GeneratedRegex(@"\b(?:add(?:s|ed)?|new|introduc(?:es?|ed))\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:optional\s+)?(?:option|ability|possibility)\s+to\s+(?:\w+\s+)?(?:configure|set|enable|disable|specify|customi[sz]e|override|tune|control)\b|\ballow(?:s|ed)?\s+(?:users?\s+to\s+|you\s+to\s+)?(?:configuring|to\s+configure|setting|overriding|customi[sz]ing)\b|\b(?:is|are|has|have)\s+(?:now\s+)?configurable\b|\bnow\s+configurable\b|\bmake\s+[\w`.-]+(?:\s+[\w`.-]+)?\s+configurable\b|\badd(?:s|ed)?\s+(?:a\s+|an\s+|the\s+)?`[\w.-]+`\s+(?:configuration|config|option|setting)\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OffersOption();

    /// <summary>A part of a line that speaks of the schema: DDL words, "nullable", or a table.column it names.</summary>
    public static bool SpeaksOfSchema(string part) => Ddl().IsMatch(part) || SchemaShape().IsMatch(part);

    [GeneratedRegex(@"\bnullable\b | (?<![\w./-])[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*(?![\w/(-])", Options, MatchBudget.Milliseconds)]
    private static partial Regex SchemaShape();

    /// <summary>The parts of a config item that speak of config (<see cref="LineParts"/>): only they name what the config step applies.</summary>
    /// <remarks>A default that changes ("allow-snippet-annotations now defaults to false") is a setting's value too.</remarks>
    public static IEnumerable<string> ConfigParts(ReleaseItem item) =>
        LineParts.Speaking(item.Text, part => ReleaseAnalyzer.ConfigSettingNames(part).Any() || ConfigWord().IsMatch(CliOption().Replace(part, " ")) || Default().IsMatch(part));

    [GeneratedRegex(@"\bdefaults?\s+(?:to|is|was|changed|changes)\b | \bby\s+default\b | \bdefault\s+value", Options, MatchBudget.Milliseconds)]
    private static partial Regex Default();

    private static bool OnlyRemoves(ReleaseItem item, IReadOnlyCollection<string> settings)
    {
        if (!item.Destructive || settings.Count == 0)
        {
            return false;
        }

        var removed = NotesFacts.RemovedIn(item.Text);
        bool Removed(string name) => removed.Contains(name, StringComparer.OrdinalIgnoreCase);
        // A config file it names, a value it changes ("HS256 -> RS256"), another change it makes ("… and rotate SENDGRID_KEY")
        // or a new home for the setting ("load SMTP_PASSWORD from Vault instead") is config work beyond the removal.
        return settings.All(Removed) && !NotesFacts.NamesIn(item.Text).Any(name => NotesFacts.IsFilePath(name) && !Removed(name)) && !ChangeArrow().IsMatch(item.Text)
            && !OtherChange().IsMatch(item.Text) && !settings.Any(setting => Regex.Count(item.Text, Regex.Escape(setting), RegexOptions.CultureInvariant, MatchBudget.Timeout) > 1);
    }

    /// <summary>Items the analysis marks as schema that change a table's structure (not a negation, a reindex or ANALYZE).</summary>
    public static bool IsSchema(ReleaseItem item, bool engineUpgrade) =>
        item.Risks.Contains(RiskArea.Schema) && !NoSchemaChange().IsMatch(item.Text)
        // "Drop `container_memory_failures_total` metrics": series in the monitoring system, no table of the service's.
        && !MetricSeries.DropsOnlySeries(item)
        // A fixed bug in the schema cache or a schema's validation migrates nothing; a fix that adds an index or a migration does.
        && (!item.Fix || FixWithDdl().IsMatch(item.Text))
        && (item.Destructive || Ddl().IsMatch(item.Text) || (!engineUpgrade && !SearchIndex().IsMatch(item.Text) && !Maintenance().IsMatch(item.Text)));

    /// <summary>
    /// A datastore engine, a PostgreSQL extension or clustered stateful software goes to another version: "Redis 6.2 -> 7.1",
    /// "von PostgreSQL 13 auf 16", "engine_version", "pg_upgrade", "bump pg_partman to 5.0", "Patroni 3.0 -> 3.3"; not a
    /// client library of one ("upgrade the redis client gem to 5.0"), which ships in the application.
    /// </summary>
    /// <remarks>The project's own CI and test lines ("Migrate the Travis builds to MySQL 8") upgrade no engine of the operator's (<see cref="PipelineLines"/>).</remarks>
    public static bool IsEngineUpgrade(string text) => PipelineLines.Without(text) is var notes && (StatefulSoftware.Read(notes).Count > 0
        || ((ReleaseAnalyzer.IsEngineUpgrade(notes) || EngineTool().IsMatch(notes) || EngineVersions().IsMatch(notes)) && !StatefulSoftware.OnlyClientLibraries(notes)));

    /// <summary>Statistics refresh after an engine upgrade or a bulk load (PostgreSQL does not carry statistics over in pg_upgrade).</summary>
    public static bool MentionsStatistics(string notes) => Maintenance().IsMatch(notes);

    public static bool IsPostgres(string notes) => Postgres().IsMatch(notes);

    /// <summary>
    /// The text with what is not this release's own deploy set aside, to read whether it ships an image or changes
    /// infrastructure: a deploy the notes call separate ("legacy-reporting gets upgraded first (separate deploy, before
    /// this one)"), a state the notes name only as a condition ("no rollback once v4 models are live"), and, in an engine
    /// upgrade, its replicas re-created from the new primary ("replicas get rebuilt from the new primary after").
    /// </summary>
    public static string OwnWork(string text, bool engineUpgrade)
    {
        var own = Condition().Replace(OtherDeploy().Replace(text, " "), " ");
        return engineUpgrade ? ReplicaRebuild().Replace(own, " ") : own;
    }

    /// <summary>A name shaped like a database or its server ("ledger-db-primary", "orders_pg", "reporting-db"), not a service that uses one.</summary>
    public static bool LooksLikeDatabase(string name) => DatabaseName().IsMatch(name);

    [GeneratedRegex(@"(?:^|[-_.])(?:db|pg|pgsql|postgres(?:ql)?|mysql|mariadb|sql|database|primary|rds|aurora)(?:$|[-_.\d])", Options, MatchBudget.Milliseconds)]
    private static partial Regex DatabaseName();

    /// <summary>
    /// The text without a metadata mode moved in place ("move the cluster from ZooKeeper to KRaft mode"): the same brokers
    /// change how they keep their metadata (<see cref="Kinds.KraftMigration"/>); no store is built beside the old one to switch to.
    /// </summary>
    public static string WithoutModeMoves(string text) => ModeMove().Replace(text, " ");

    [GeneratedRegex(@"[^.;\n]*\bzoo-?keeper\b[^.;\n]*\bkraft\b[^.;\n]*", Options, MatchBudget.Milliseconds)]
    private static partial Regex ModeMove();

    /// <summary>
    /// The application's framework goes to another version, or takes the new version's defaults: "Upgrade to Rails 7.1",
    /// "Upgrade Django from 4.2 to 5.0", "Bump Spring Boot to 3.2", "Update Rails application framework defaults". That is
    /// code in the build, never a setting applied on the servers.
    /// </summary>
    public static bool UpgradesFramework(string notes) => FrameworkUpgrade().IsMatch(notes);

    [GeneratedRegex(@"\b(?:upgrad\w*|updat\w*|bump\w*|migrat\w*|mov(?:e|ed|es|ing))\s+(?:the\s+app(?:lication)?\s+)?(?:to\s+)?(?:the\s+)?(?:rails|django|laravel|symfony|spring(?:\s+boot)?|flask|fastapi|phoenix|express|next\.?js|nuxt|angular|react|vue(?:\.?js)?|ember|asp\.net(?:\s+core)?|play\s+framework|quarkus|micronaut)\s+(?:(?:from\s+)?v?\d+(?:\.\d+)*\s+to\s+)?v?\d+(?:\.\d+)* | \b(?:updat\w*|upgrad\w*|adopt\w*|switch\w*|enabl\w*)\s+(?:the\s+)?(?:new\s+)?(?:[\w.]+\s+){0,2}(?:application\s+)?framework\s+defaults\b | \bload_defaults\s+v?\d", Options, MatchBudget.Milliseconds)]
    private static partial Regex FrameworkUpgrade();

    /// <summary>A language runtime named with two versions ("python 3.9 -> 3.12", "node 18 to 22"): the application's image is rebuilt on it.</summary>
    public static bool IsRuntimeUpgrade(string notes) => RuntimeVersions().IsMatch(notes);

    [GeneratedRegex(@"\(?\s*(?:in\s+|as\s+)?(?:a\s+|its\s+own\s+)?separate(?:ly)?\s+(?:deploy\w*|release|rollout|change)\b[^).;\n]*\)? | \b(?:deploy\w*|released|rolled\s+out)\s+separately\b[^.;\n]*", Options, MatchBudget.Milliseconds)]
    private static partial Regex OtherDeploy();

    [GeneratedRegex(@"\b(?:once|when|after|until|before|as\s+soon\s+as)\s+[^.;,\n]{0,60}?\b(?:is|are|go(?:es)?|goes)\s+live\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\breplicas?\b[^.;\n]{0,40}?\b(?:re-?built|re-?build\w*|re-?creat\w*|re-?sync\w*|re-?seed\w*|re-?clon\w*)\b[^.;\n]* | \b(?:re-?build|re-?create|re-?seed|re-?clone)\w*\s+(?:the\s+|all\s+)?(?:read\s+)?replicas?\b[^.;\n]*", Options, MatchBudget.Milliseconds)]
    private static partial Regex ReplicaRebuild();

    [GeneratedRegex(@"->|→|=>|➜|\bfrom\s+\S+\s+to\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ChangeArrow();

    // Letters only after a stem: "ENABLE_PPROF" is a name, not "enable".
    [GeneratedRegex(@"\b(?:rotat[a-z]*|set|sets|add|adds|added|chang[a-z]*|updat[a-z]*|rais[a-z]*|lower[a-z]*|increas[a-z]*|decreas[a-z]*|enabl[a-z]*|disabl[a-z]*|load[a-z]*|provid[a-z]*|mov(?:e|ed|es|ing))\b | \binstead\b | \bvia\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex OtherChange();

    [GeneratedRegex(@"(?:\b(?:python|py|node(?:\.?js)?|java|jdk|jre|openjdk|ruby|golang|go|php|elixir|erlang|otp)|(?<![\w.])\.net|\bdotnet)\s*v?\d+(?:\.\d+)*(?:\.x)?\s*(?:->|→|=>|➜|\bto\b)\s*v?\d+", Options, MatchBudget.Milliseconds)]
    private static partial Regex RuntimeVersions();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\w-])--[a-z][\w-]*(?:[= ]\S+)?", Options, MatchBudget.Milliseconds)]
    private static partial Regex CliOption();

    [GeneratedRegex(@"\bconfig\w* | \bsecrets? | \benv(?:ironment)?\s*var\w* | \bsettings? | \bpass(?:word|wort)\w* | \btokens? | \bapi[\s_-]?keys? | \bkeys?\b | \bvault\b | \bcertificat\w* | \bcredentials? | \bzugangsdaten | \bparameter\s+store | \bconfigmap | \bmot\s+de\s+passe | \bcontrase[ñn]a | \bsenha | \bclave | \bschl[üu]ssel | \bcl[ée]\b | \bchave | \bkid\b | \bjwks | \.(?:ya?ml|json|env|toml|ini|properties|conf)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ConfigWord();

    [GeneratedRegex(@"\bno\s+schema\s+change | \bwithout\s+(?:a\s+)?schema\s+change | \bkeine\s+schema\w* | \bsin\s+cambios?\s+de\s+esquema | \bpas\s+de\s+changement\s+de\s+sch[ée]ma | \bsem\s+mudan[çc]as?\s+de\s+esquema | \bcolumn\s+(?:already\s+)?exists", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoSchemaChange();

    [GeneratedRegex(@"\b(?:add|adds|added|adding|drop|drops|dropped|rename|renames|renamed|alter|alters|create|creates)\s+(?:a\s+|the\s+|new\s+|nullable\s+)*(?:column|table|index|constraint|foreign\s+key|enum|type)\b | \bcolumn\b | \bnot\s+null\b | \bforeign\s+key | \bmigrations?\b | \.sql\b | \b(?:int[248]?|bigint|varchar|text|jsonb|uuid)\b | \bcreate\s+index | \bindex\s+(?:on|concurrently)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ddl();

    [GeneratedRegex(@"\b(?:add|adds|added|adding|drop|drops|dropped|rename|renames|renamed|alter|alters|create|creates|created)\s+(?:a\s+|an\s+|the\s+|new\s+|missing\s+|nullable\s+)*(?:[\w.`]+\s+)?(?:column|table|index|constraint|foreign\s+key)\b | \bmigrations?\b | \bnot\s+null\b | \bcreate\s+index", Options, MatchBudget.Milliseconds)]
    private static partial Regex FixWithDdl();

    [GeneratedRegex(@"\bre-?index\w* | \bnew\s+index\b | \balias\b | \bsearch\b | \belastic\w* | \bopensearch\b | \bsynonym\w* | \banalyzer\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex SearchIndex();

    [GeneratedRegex(@"\banalyze\b | \bvacuum\w* | \bupdate\s+statistics\b | \bstatisti\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Maintenance();

    [GeneratedRegex(@"\bengine[_\s]version\b | \bpg_upgrade\b | \bmajor[\s-]version\s+upgrade\b | \bin-place\s+upgrade\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex EngineTool();

    /// <summary>An engine and two versions in one sentence, in any order of words: "Redis, cluster mode off) 6.2 -> 7.1", "von PostgreSQL 13 auf 16".</summary>
    [GeneratedRegex(@"\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey|cassandra|clickhouse|aurora|memcached)\b[^.;\n]{0,60}?(?<![\w.])v?\d+(?:\.\d+)*\s*(?:→|->|=>|➜|\bto\b|\bauf\b|\bpara\b|\ba\b|\bà\b|\bnach\b|\bhasta\b)\s*v?\d+ | \b(?:upgrade\w*|aktualisier\w*|mise\s+à\s+niveau|actualizaci[oó]n|atualiza[çc][ãa]o|migra\w*)\b[^.;\n]{0,80}?\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey)\b[^.;\n]{0,30}?\d", Options, MatchBudget.Milliseconds)]
    private static partial Regex EngineVersions();

    [GeneratedRegex(@"\bpostgres(?:ql)?\b | \bpg_upgrade\b | \brds\b | \baurora\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Postgres();
}
