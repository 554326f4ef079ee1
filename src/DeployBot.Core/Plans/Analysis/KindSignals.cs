using System.Globalization;
using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// The signals of a release's kind that are not risk areas: version headings (patch or major), what the sections are
/// (fixes only, or features), engine upgrades and required upgrade steps.
/// </summary>
internal static partial class KindSignals
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const int TimeoutMs = MatchBudget.Milliseconds;

    public enum VersionLevel
    {
        None,
        Patch,
        Minor,
        Major,
    }

    /// <summary>The level of the first version number in the headings: 10.8.3 is a patch, 3.0.0 a major, 2.4.0 a minor.</summary>
    public static VersionLevel Version(IEnumerable<string> headings)
    {
        var match = headings.Select(heading => VersionNumber().Match(heading)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            return VersionLevel.None;
        }

        var minor = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var patch = match.Groups["patch"].Success ? int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture) : 0;
        var major = int.Parse(match.Groups["maj"].Value, CultureInfo.InvariantCulture);
        return patch > 0 ? VersionLevel.Patch : minor == 0 && major > 0 ? VersionLevel.Major : VersionLevel.Minor;
    }

    /// <summary>
    /// A 0.x minor release (0.20.0, 0.27.0): before 1.0 semantic versioning puts breaking changes in the minor number, so
    /// such a release is where a 0.x project asks for its upgrade steps, the way a major does after 1.0.
    /// </summary>
    public static bool IsInitialDevelopmentMinor(IEnumerable<string> headings)
    {
        var match = headings.Select(heading => VersionNumber().Match(heading)).FirstOrDefault(m => m.Success);
        return match is not null && match.Groups["maj"].Value == "0" && int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) > 0
            && (!match.Groups["patch"].Success || int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture) == 0);
    }

    /// <summary>True when an item that is not under a "Deprecated" heading upgrades an engine or drops support for one.</summary>
    public static bool ChangesEngine(IEnumerable<NoteItem> items, IEnumerable<string> headings) =>
        headings.Any(heading => EngineUpgrade().IsMatch(heading) || IsEngineSupportDropped(heading))
        || items.Any(item => !(item.Section is { } section && Deprecated().IsMatch(section)) && !RiskPatterns.NothingDeployed().IsMatch(item.Text)
            && ((EngineUpgrade().IsMatch(item.Text) && !OnlyPointReleaseMoves(item.Text)) || IsEngineSupportDropped(item.Text)));

    public static bool IsFixSection(string heading) => FixHeading().IsMatch(heading) && !FeatureHeading().IsMatch(heading);

    /// <summary>A heading that names fixes, alone or beside other changes ("Fixes and enhancements", "Bug fixes").</summary>
    public static bool NamesFixes(string heading) => FixHeading().IsMatch(heading);

    public static bool IsFeatureSection(string heading) => FeatureHeading().IsMatch(heading);

    public static bool IsFeatureItem(string item) => (FeatureItem().IsMatch(item) || FeatureItem28().IsMatch(item)) && !IsUpkeepItem(item);

    /// <summary>An item marked as a feature by its author ("feat: …", "feat(ui)!: …", "[Feature] …").</summary>
    public static bool IsMarkedFeature(string item) => MarkedFeature().IsMatch(item);

    [GeneratedRegex(@"^\W*(?:\[feature\]|feat(?:\([^)\n]{0,30}\))?!?:)", Options, TimeoutMs)]
    private static partial Regex MarkedFeature();

    /// <summary>
    /// A section that lists new things ("Added", "Features", "New", "Enhancements"), not changes or fixes. "What's new"
    /// heads the whole release's list, fixes included, and "New Contributors" thanks people: neither says its items are new.
    /// </summary>
    public static bool IsNewFeatureSection(string heading) => NewFeatureHeading().IsMatch(heading);

    /// <summary>
    /// Upkeep that adds nothing to run: dependency bumps, chores, builds, added tests, examples, docs or log lines,
    /// translations (text, not behaviour), and support for the latest minor versions of a platform ("Adds support for
    /// latest PG minors: 14.19, 15.14").
    /// </summary>
    public static bool IsUpkeepItem(string item) => UpkeepItem().IsMatch(item);

    [GeneratedRegex(@"\b(?:features?|added|adds|(?<!\bwhat[’']?s\s+)new(?!\s+contributors?\b)|enhancements?|feat)\b", Options, TimeoutMs)]
    private static partial Regex NewFeatureHeading();

    [GeneratedRegex("""
        ^\W*(?:chore|build|deps|refactor|style|perf)(?:\([^)\n]{0,30}\))?!?: | ^\W*(?:bump|bumps|bumped|upgrade|upgrades|upgraded|update|updates|updated)\b[^.;\n]{0,60}?\b(?:dependenc\w*|deps|version|versions|to\s+v?\d)
        | ^\W*(?:add|adds|added|adding)\s+support\s+for\s+(?:the\s+)?(?:latest|newer|new|recent)\b[^.;\n]{0,30}?\b(?:minors?|patch(?:es)?|point\s+releases?|versions?|releases?)\b
        | ^\W*(?:add|adds|added|adding)\s+(?:an?\s+|the\s+|more\s+|missing\s+)?(?:examples?|tests?|test\s+cases?|docs?|documentation|comments?|(?:`?@\w+`?\s+)?annotations?|docblocks?|type\s+hints?|warnings?|warning\s+logs?|log\s+(?:lines?|messages?)|logging|notes?|changelog)\b
        | ^\W*(?:feat(?:\([^)\n]{0,30}\))?:\s*)?(?:add|adds|added|adding|update|updates|updated|improve|improves|improved)\b[^.;\n]{0,30}?\b(?:translations?|locali[sz]ations?|i18n|l10n)\b
        """, Options, TimeoutMs)]
    private static partial Regex UpkeepItem();

    [GeneratedRegex(@"\bdeprecat\w*", Options, TimeoutMs)]
    private static partial Regex Deprecated();

    /// <summary>A deprecation announced ("are now deprecated", "a deprecation warning was added", "Deprecate X").</summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:now\s+)?deprecated\b | \bdeprecation\s+(?:warnings?|notices?)\b | ^\W*deprecat(?:e|es|ed)\b", Options, TimeoutMs)]
    internal static partial Regex Deprecation();

    [GeneratedRegex(@"(?<![\w.])[vV]?(?<maj>\d{1,4})\.(?<min>\d{1,3})(?:\.(?<patch>\d{1,4}))?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex VersionNumber();

    [GeneratedRegex(@"\b(?:fix|fixes|fixed|bug|bugs|bugfix|bugfixes|bug\s+fixes|security|patch|patches|hotfix|hotfixes|regressions?|corrections?)\b", Options, TimeoutMs)]
    private static partial Regex FixHeading();

    [GeneratedRegex(@"\b(?:features?|added|adds|new(?!\s+contributors?\b)|enhancements?|improvements?|changed|(?<!\d\s)changes|breaking|removed|deprecat\w*|highlights?|notable|upgrade|refactor\w*)\b", Options, TimeoutMs)]
    private static partial Regex FeatureHeading();

    /// <summary>
    /// An item that adds something: "Add …", "feat:", also after a component prefix ("plugin/forward: Add a
    /// `source_address` directive", "[core] add MPTCP support", not "fix: add …", "[BUGFIX] Add …" nor "Security: Add
    /// validation …", a security fix), or prose saying the
    /// release "also adds" something.
    /// </summary>
    [GeneratedRegex(@"^\W*\[(?:feature|enhancement|change)\] | ^\W*(?:enh|enhancement|feature)\b\s*\#?\d* | ^\W*(?:\*\*[^*]+\*\*:?\s*)?(?:(?!(?:fix|fixes|bug|bugfix|chore|docs?|tests?|ci|build|deps|refactor|perf|style|revert|security)\b)[\w/.-]{1,30}:\s+|\[(?!(?:fix|fixes|bug|bugs|bugfix|bugfixes|chore|docs?|tests?|ci|build|deps|refactor|perf|style|revert|security)\])[\w/.-]{1,40}\]\s+)?(?:feat(?:\([^)]*\))?!?:|(?:add|adds|added|adding|new|introduce\w*|implement\w*|support\s+for|supports?\b|allow\w*|enable\w*|expose\w*|create\w*)\b)
        | \b(?:it|this\s+(?:release|version))\s+(?:also\s+)?(?:adds|introduces)\b(?!\s+(?:no|nothing)\b)(?!\s+(?:an?\s+|the\s+)?(?:(?:security|bug|critical|important)\s+)?(?:fix|fixes|patch)\b)", Options, TimeoutMs)]
    private static partial Regex FeatureItem();

    /// <summary>
    /// A datastore or runtime engine upgraded to another version (PostgreSQL 9.6 → 14, "requires Redis 7"), or a platform
    /// upgraded with its own metadata database ("airflow 2.7 -> 2.9 (metadata db via airflow db migrate)"). A change
    /// "required by PostgreSQL 18" or "required for MySQL 8 compatibility" adapts to a newer engine and raises no floor.
    /// </summary>
    [GeneratedRegex($$"""
        \b(?:postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey|kafka|cassandra|rabbitmq|sql\s+server|clickhouse|etcd|zookeeper)\s+v?\d+(?:\.\d+)*\s*(?:→|->|=>|to|➜)\s*(?:(?:amazon\s+|aws\s+)?(?:aurora\s+)?(?:postgres(?:ql)?|mysql|mariadb|aurora|mongo(?:db)?|opensearch|elastic(?:search)?|redis|valkey|kafka|clickhouse)\s+)?v?\d+
        | \b(?:upgrade|upgrades|upgraded|upgrading|migrate|migrates|migrating|move|moves|moving)\b[^.;\n]{0,40}?\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey|kafka|cassandra|rabbitmq|sql\s+server|clickhouse|etcd)\b[^.;\n]{0,30}?(?<![\#\d])\d
        | \b(?:requires?|required|minimum)\b(?!\s+(?:by|for|with|on)\b)[^.;\n]{0,20}?\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|kafka)\s+(?:version\s+)?v?\d+
        | \b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|kafka)\s+(?:major\s+)?(?:version\s+)?upgrade\b
        | {{PlatformWithDatabase}}
        """, Options, TimeoutMs)]
    internal static partial Regex EngineUpgrade();

    /// <summary>A platform moved to another version with its own metadata database: the platform the release runs on.</summary>
    [GeneratedRegex(PlatformWithDatabase, Options, TimeoutMs)]
    internal static partial Regex PlatformUpgrade();

    private const string PlatformWithDatabase =
        @"\b[a-z][\w-]*\s+v?\d+(?:\.\d+)+\s*(?:→|->|=>|➜)\s*v?\d+(?:\.\d+)*(?=[^\n]{0,80}?\b(?:(?:db|database)\s+(?:migrate|upgrade)\b|metadata\s+(?:db|database)\b))";

    /// <summary>
    /// The release stops supporting a datastore or server runtime version, so running it may first need an engine
    /// upgrade or a new data store ("removes support for PostgreSQL 15", "Cassandra as a datastore is no longer
    /// supported", "the minimum supported Erlang version is 27", "Remove Erlang 24"), or raises the minimum version of a server runtime it runs on
    /// ("the minimum Node.js version is now 22", "bumped the minimum required Python version to 3.11", "PHP 8.1 is now the minimum version supported", "Java JDK version 11 is
    /// required", "PHP 7.4 is no longer supported", "you now need at least Node 18", "requires Node 20.17 or later", "only
    /// works on PHP 8.5 and higher"; not a compiled toolchain such as Go, which only the build needs). A library that drops
    /// support for an old interpreter ("Drop support for Python 3.8") is not one: its callers choose when to upgrade.
    /// </summary>
    /// <remarks>
    /// Two patterns, either of which matches: one generated matcher of the whole was past the size the JIT optimises (it
    /// ran unoptimised, MinOpts).
    /// </remarks>
    internal static bool IsEngineSupportDropped(string text) =>
        EngineSupportDropped1().IsMatch(text)
        || EngineSupportDropped2().IsMatch(text)
        || PlatformFloorRaised().IsMatch(text) || PlatformFloor28().IsMatch(text) || PlatformFloor29().IsMatch(text) || PlatformFloor31().IsMatch(text);

    [GeneratedRegex($$"""
        \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping|end\s+of|ends)\s+(?:the\s+)?support\s+(?:for\s+)?{{Engine}}\b
        | \b(?:{{Engine}}|{{ServerRuntime}})\b(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:is|are)\s+no\s+longer\s+supported\b
        | \b{{ServerRuntime}}\s+v?\d+(?:\.\d+)*\s+(?:is\s+)?(?:now\s+)?(?:the\s+)?(?:new\s+)?minimum\b
        | \b(?:{{Engine}}|{{ServerRuntime}})\s+(?:jdk\s+|runtime\s+)?(?:version\s+)?v?\d+(?:\.\d+)*\s+(?:is|are)\s+(?:now\s+)?required\b
        | \bsupport\s+for\s+{{Engine}}\b[^.;\n]{0,60}?\b(?:has\s+been|have\s+been|is|was|were)\s+(?:dropped|removed)\b
        | \bminimum\s+(?:supported\s+|required\s+)?(?:{{Engine}}|{{ServerRuntime}})\s+version\b[^.;\n]{0,40}?\b(?:is\s+now|now\s+is|raised\s+to|bumped\s+to)\b
        | \bminimum\s+(?:supported\s+|required\s+)?(?:{{Engine}}|{{ServerRuntime}})\s+version\s+(?:requirement\s+)?from\s+\S+\s+to\b
        | \b(?:bump\w*|rais\w*|increas\w*)\s+(?:the\s+)?minimum\s+(?:supported\s+|required\s+)?(?:{{Engine}}|{{ServerRuntime}})\s+version\s+(?:requirement\s+)?to\s+v?\d
        """, Options, TimeoutMs)]
    private static partial Regex EngineSupportDropped1();

    [GeneratedRegex($$"""
          \bminimum\s+(?:supported\s+|required\s+)?{{Engine}}\s+version\b | \b{{Engine}}\s+v?\d+(?:\.\d+)*\s+(?:is\s+)?(?:now\s+)?(?:or\s+later\s+is\s+required)\b
        | \b(?:need|needs|require|requires|required|upgrade\s+to)\s+\(?at\s+least\)?\s+(?:{{Engine}}|{{ServerRuntime}})\s+v?\d
        | \b(?:require|requires|required|need|needs|only\s+(?:works|runs)\s+on)\s+(?:{{Engine}}|{{ServerRuntime}})\s+v?\d+(?:\.\d+)*\+?\s+(?:or|and)\s+(?:later|newer|higher|above)\b
        | \b(?:require|requires|required|need|needs)\s+(?:{{Engine}}|{{ServerRuntime}})\s+v?\d+(?:\.\d+)*\+
        | \b(?:{{Engine}}|{{ServerRuntime}})\s+v?\d+(?:\.\d+)*\s+as\s+(?:the\s+)?(?:new\s+)?minimum\b
        | \bsupport\s+(?:is\s+|has\s+been\s+)?(?:dropped|removed)\s+for\s+(?:[a-z-]+\s+){0,2}?{{Engine}}\b
        | \b(?:remove|removes|removed|removing|drop|drops|dropped|dropping)\s+{{Engine}}\s+(?:version\s+)?(?:<=?\s*)?v?\d
        """, Options, TimeoutMs)]
    private static partial Regex EngineSupportDropped2();

    /// <summary>
    /// Runtimes a deployment runs its code on (an interpreter or VM the operator installs and upgrades); a compiled
    /// toolchain (Go, Rust) only matters to whoever builds the binary.
    /// </summary>
    /// <summary>
    /// A server runtime moved to another major version by the release itself ("bump base image node 18 -> 20", "jdk 17 -> 21
    /// for all services"): a runtime engine upgrade, which plan-format.md counts as a migration. Not a minor step
    /// (Python 3.11 -> 3.12 keeps its major) and not the CI matrix (the caller leaves out items that deploy nothing).
    /// </summary>
    public static bool UpgradesRuntimeMajor(string text) =>
        RuntimeUpgrade().Matches(text).Any(match => match.Groups["from"].Value != match.Groups["to"].Value);

    [GeneratedRegex($$"""\b{{ServerRuntime}}\s+v?(?<from>\d+)(?:\.\d+)*\s*(?:→|->|=>|to)\s*v?(?<to>\d+)\b""", Options, TimeoutMs)]
    private static partial Regex RuntimeUpgrade();

    private const string ServerRuntime = @"(?:node(?:\.?js)?|python|ruby|php|java|jdk|jre|\.net|dotnet|elixir)";

    private const string Engine =
        @"(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elastic(?:search)?|opensearch|redis|valkey|kafka|cassandra|rabbitmq|sql\s+server|clickhouse|etcd|zookeeper|erlang(?:/otp)?)";

    /// <summary>
    /// Upgrade steps someone has to run by hand that make any release a migration (reindex, downtime even when only advised,
    /// a locked table, a backup or export before upgrading), and an upgrade that cannot be undone ("you won't be able to
    /// roll back to earlier versions", "cannot be downgraded"): a one-way step the operator plans like a migration.
    /// </summary>
    [GeneratedRegex("""
        \bmanual\s+(?:upgrade\s+)?(?:steps?|intervention|migration)\b | \byou\s+(?:must|need\s+to|have\s+to)\s+(?:run\s+(?:the\s+)?migrations?|migrate|reindex|re-?create)\b | \byou\s+(?:must|need\s+to|have\s+to)\s+(?:run|execute|trigger|perform|start)\s+(?:a\s+|the\s+)?(?:full\s+)?re-?index
        | \brequires?\s+(?:a\s+)?(?:full\s+)?(?:reindex|re-?index|data\s+migration|downtime|maintenance\s+window)\b | \bmaintenance\s+window\b
        | \b(?:downtime|maintenance\s+mode)\s+(?:is\s+|may\s+be\s+|will\s+be\s+)?(?:required|advised|recommended|expected|necessary)\b | \block(?:s|ing)?\s+(?:the\s+)?(?:whole\s+)?table\b | \bno\s+(?:downgrade|rollback)\s+(?:path|possible)\b
        | \b(?:won[’']?t|will\s+not|cannot|can[’']?t|can\s+not|unable\s+to|impossible\s+to|not\s+(?:be\s+)?possible\s+to)\s+(?:be\s+able\s+to\s+)?(?:roll\s?-?back|downgrade|go\s+back)\s+to\s+(?:an?\s+|the\s+)?(?:earlier|older|previous|prior)\b
        | (?<!\b(?:fix\w*|issue|bug)\b(?:[^.;\n]|\.(?=\d)){0,80}?)\b(?:won[’']?t|will\s+not|cannot|can[’']?t|can\s+not)\s+be\s+(?:rolled\s+back|downgraded)\b | \bdowngrad(?:e|es|ing)\s+(?:is|are)\s+not\s+(?:possible|supported)\b
        | \bthis\s+(?:version|release)\s+(?:does\s+)?requires?\s+a\s+database\s+(?:upgrade|migration)\b | \bbefore\s+upgrading\b[^.;\n]{0,30}?\b(?:ensure|make\s+sure)\b[^.;\n]{0,60}?\b(?:empty|drained)\b
        | \b(?:back\s?up|export)\b[^.;\n]{0,60}?\bbefore\s+upgrading\b | \bbefore\s+upgrading\b[^.;\n]{0,40}?\b(?:back\s?up|export)\b | \bback\s?(?:\w+\s+)?up\b[^.;\n]{0,40}?\bmanually\b | \bmanually\s+back\s?up
        """, Options, TimeoutMs)]
    internal static partial Regex UpgradeSteps();

    /// <summary>
    /// Something the operator has to do or check when upgrading (also "follow the upgrade guide"): a migration step in a
    /// major release, and in any other release a reason it is not a plain hotfix. Whoever the notes address ("you",
    /// "users who enable this collector must update their flags") and what has to happen before the upgrade ("ensure you switch to the v2 endpoints
    /// before upgrading") are the same demand, and so are steps to follow ("follow the following steps to migrate") and a
    /// chapter on upgrading the notes send the reader to ("Read "Upgrading Authentication" in the What's New chapter").
    /// </summary>
    [GeneratedRegex("""
        \bmanual\s+action\b | \byou\s+(?:must|need\s+to|have\s+to|should)\s+(?:now\s+)?(?:run|update|change|set|add|grant|replace|remove|clear)\b
        | \b(?:users?|operators?|administrators?|admins?|deployments?|anyone)\b[^.;:\n]{0,60}?\b(?:must|need\s+to|have\s+to)\s+(?:now\s+)?(?:update|change|switch|migrate|rename|replace|adjust|move)\b
        | \b(?:ensure|make\s+sure)\b[^.;\n]{0,80}?\bbefore\s+(?:upgrading|the\s+upgrade|updating)\b
        | \b(?:upgrade|migration)\s+(?:steps|instructions|notes?|impact)\b | \b(?:need|needs|require|requires)\s+explicit\b
        | \bif\s+you\s+(?:rely|depend)\s+on\b | \baction\s+required\b
        | \byou\s+(?:must|need\s+to|have\s+to)\s*:(?!\S) | \b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:manually\s+\w+|\w+\s+manually|\w+\s+by\s+hand)\b
        | \b(?:follow|read|consult)\s+(?:the\s+)?(?:\[)?upgrad(?:e|ing)\s+(?:guide|instructions|notes|documentation)\b
        | \b(?:read|consult|see)\s+["“'`]upgrading\s+[^"”'`\n]{1,60}["”'`] | \bfollow\s+(?:the\s+|these\s+)?(?:following\s+)?steps\s+to\s+(?:migrate|upgrade)\b
        """, Options, TimeoutMs)]
    internal static partial Regex UpgradeAction();

    /// <summary>A migration from one system to another ("a migration from legacy to unified alerting").</summary>
    [GeneratedRegex(@"\bmigrat(?:e|es|ed|ing|ion|ions)\s+(?:\w+\s+){0,3}?(?:from|between)\b", Options, TimeoutMs)]
    internal static partial Regex SystemMigration();

    /// <summary>The notes call the release a major one ("RabbitMQ 4.0 is a new major release", "This major release").</summary>
    [GeneratedRegex(@"(?<!\b(?:next|upcoming|future|previous|last|later|a)\s)(?<!\b(?:rather\s+than|instead\s+of|not)\s+(?:an?\s+)?(?:semver\s+)?)\b(?:new\s+)?major\s+(?:release|version)\b(?!\s+(?:of|will)\b)", Options, TimeoutMs)]
    internal static partial Regex MajorRelease();
}
