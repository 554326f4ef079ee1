using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The names the notes give, so the plan can use them instead of generic words: files and charts, services in the
/// order the notes require, dashboards, keys, topics, the objects destructive items touch, and stated durations.
/// </summary>
internal sealed partial record NotesFacts(
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Charts,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Dashboards,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> People,
    int? StatedMinutes)
{
    public static NotesFacts Read(string notes, IEnumerable<string> extraFiles)
    {
        var files = Distinct(FilePath().Matches(notes).Select(m => m.Value).Concat(extraFiles));
        return new NotesFacts(
            files,
            Distinct(files.Where(IsChartOrManifest)),
            ServiceOrder(notes),
            Distinct(Dashboard().Matches(notes).Select(m => m.Groups["name"].Value.Trim(' ', '"', '\'', '“', '”'))),
            Distinct(ReleaseAnalyzer.ConfigSettingNames(notes).Where(key => key.Length > 3)),
            Distinct(Topic().Matches(notes).Select(m => m.Groups["name"].Value)),
            Distinct(Person().Matches(notes).Select(m => m.Value)),
            Longest(notes));
    }

    /// <summary>
    /// Without the keys that only bug fixes name ("Bugfix: set SERVER_PORT to the actual value"): the fix is in how the
    /// release handles the setting, and nothing is to be set. A key in a fix the analysis still reads as configuration
    /// (a changed default, a renamed option), or in any other item, or in no item at all (past the items analysed), stays.
    /// </summary>
    /// <remarks>
    /// Nor the keys a destructive item removes ("Removed the LEGACY_TOKEN_TTL setting", the old name of "Rename
    /// OLD_API_URL to PARTNER_API_URL"): they are confirmed unused, never applied; the replacement the item names
    /// ("use SESSION_TTL instead", "to PARTNER_API_URL") is set.
    /// </remarks>
    public NotesFacts WithoutKeysNotToSet(ReleaseAnalysis analysis)
    {
        var kept = Keys.Where(key =>
        {
            var naming = analysis.Items.Where(item => item.Text.Contains(key, StringComparison.Ordinal)).ToArray();
            // A key any item says the release ignores is set nowhere, whatever the other items say of it.
            return naming.Length == 0 || (!naming.Any(item => IgnoredNow(item.Text, key)) && naming.Any(item => (!item.Fix || item.Risks.Contains(RiskArea.Config)) && !ChangesBehaviourOf(item.Text, key)
                && (!(item.Destructive || Renames().IsMatch(item.Text)) || IsReplacement(item.Text, key)
                    // "drop orders.legacy_state and rotate SENDGRID_KEY": a destructive item's key it does not remove is set.
                    || (!Renames().IsMatch(item.Text) && !RemovedIn(item.Text).Contains(key, StringComparer.Ordinal)))));
        }).ToArray();
        return kept.Length == Keys.Count ? this : this with { Keys = kept };
    }

    /// <summary>The key stands where an item names what replaces the removed thing: after "use", "to", "→", "in favour of", "replaced by".</summary>
    private static bool IsReplacement(string item, string key)
    {
        var at = item.IndexOf(key, StringComparison.Ordinal);
        var before = item[..at];
        return ReplacementMarker().IsMatch(before.Length > 60 ? before[^60..] : before);
    }

    [GeneratedRegex(@"(?:\buse|\bto|→|->|\bin\s+favou?r\s+of|\breplaced\s+(?:by|with)|\bsuperseded\s+by|\bnow)\s+(?:the\s+|a\s+)?(?:new\s+)?[`""']?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ReplacementMarker();

    [GeneratedRegex(@"\brenam(?:e|es|ed|ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Renames();

    /// <summary>Files with the given endings, e.g. migrations (<c>.sql</c>, <c>migrate/</c>) or scripts.</summary>
    public IEnumerable<string> FilesMatching(Func<string, bool> predicate) => Files.Where(predicate);

    public static string Code(string name) => $"`{name}`";

    /// <summary>The whole name is a file path ("db/migrations/V90__drop.sql"), not an object such as a table or an endpoint.</summary>
    public static bool IsFilePath(string name) => FilePath().Match(name) is { Success: true } match && match.Length == name.Length;

    /// <summary>The names an item touches (<c>users.password_md5</c>, <c>/v1/login</c>), in order, without duplicates.</summary>
    public static IReadOnlyList<string> ObjectsOf(string item) => [.. ItemNames.Objects(item).Where(name => !Developer(item, name)).Take(12)];

    /// <summary>A developer's command that generates migrations, or the script it runs with ("`manage.py makemigrations`"): no object of the release.</summary>
    private static bool Developer(string item, string name) =>
        GeneratesMigrations().IsMatch(name) || (name.Equals("manage.py", StringComparison.OrdinalIgnoreCase) && item.Contains("makemigrations", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole name is a SETTING_NAME in capitals ("LEGACY_TOKEN_TTL"), as the release analysis reads them.</summary>
    public static bool IsSettingName(string name) => ReleaseAnalyzer.SettingNames(name).Any(setting => setting == name);

    /// <summary>"2.4.61", "v1.2.0": a version, named where it is the subject (a rollback target), never as a setting.</summary>
    public static bool IsVersion(string name) => ReleaseAnalyzer.IsVersion(name);

    /// <summary>
    /// "The `signing_key_algorithm` option has been removed and will now be inferred from `signing_key`": the name a removed
    /// one is now read from stays, and is no removal of its own.
    /// </summary>
    public static bool ReadFrom(string item, string name) =>
        Regex.IsMatch(item, @"\b(?:inferred|derived|determined|computed|read|taken|worked\s+out|deduced)\s+(?:automatically\s+)?from\s+(?:the\s+)?[`'""]?" + Regex.Escape(name) + @"(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>Of every name an item gives (<see cref="NamesIn"/>), the ones it removes (<see cref="ReleaseAnalyzer.RemovedNames"/>); never a data type it changes a field to or from.</summary>
    /// <remarks>
    /// "The `aws-auth` sub-module has been removed": a hyphenated English word ("sub-module", "add-on", "plug-in") is what
    /// kind of thing the named one is, so what goes is the name before it, called by that word ("aws-auth sub-module").
    /// </remarks>
    /// <para>Only things (<see cref="RemovedShape"/>): never "been" or "database", nor what a negated sentence names.</para>
    public static IReadOnlyList<string> RemovedIn(string item)
    {
        string[] names = [.. NamesIn(item).Distinct(StringComparer.OrdinalIgnoreCase).Where(name => !CodeNames.IsTypeName(name, item))];
        // "… has been removed and will now be inferred from `signing_key`": the name a removed one is read from stays.
        var removed = ReleaseAnalyzer.RemovedNames(item, names).Where(name => !ReadFrom(item, name)).ToArray();
        var kinds = removed.Where(name => !names.Contains(name, StringComparer.OrdinalIgnoreCase) && (EnglishCompound().IsMatch(name) || KindWord().IsMatch(name))).ToArray();
        if (kinds.Length == 0)
        {
            return RemovedShape.Things(item, removed);
        }

        // "aws-auth sub-module", "djstripe.webhooks module": the name with the word for what it is.
        var named = names.SelectMany(name => kinds.Where(kind => Regex.IsMatch(item, $@"{Regex.Escape(name)}[`""']?\s+{Regex.Escape(kind)}\b|\b{Regex.Escape(kind)}\s+[`""']?{Regex.Escape(name)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)).Select(kind => $"{name} {kind}")).ToArray();
        var unpaired = kinds.Where(kind => !named.Any(pair => pair.EndsWith(" " + kind, StringComparison.Ordinal)));
        return RemovedShape.Things(item, removed.Except(kinds, StringComparer.Ordinal).Concat(unpaired).Concat(named));
    }

    /// <summary>A word for a kind of thing, hyphenated or not: "sub-module", "add-on", "plug-in", "submodule", "method", "model".</summary>
    [GeneratedRegex(@"^(?:sub-?modules?|add-?ons?|plug-?ins?|modules?|extensions?|packages?|methods?|functions?|class(?:es)?|models?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KindWord();

    /// <summary>Every name an item gives: objects, SETTING_NAMES, file paths and service names, in order.</summary>
    public static IEnumerable<string> NamesIn(string item) =>
        ObjectsOf(item).Concat(ReleaseAnalyzer.SettingNames(item)).Concat(FilePath().Matches(item).Select(m => m.Value))
            .Concat(Service().Matches(item).Select(m => m.Value)).Concat(Identifier().Matches(item).Select(m => m.Value).Where(IsNamed))
            .Concat(Jobs(item)).Concat(StorePath().Matches(item).Select(m => m.Value)).Concat(UrlPath().Matches(item).Select(m => m.Value))
            .Where(name => ItemNames.IsNameIn(item, name) && !Developer(item, name));

    /// <summary>
    /// "makemigrations", "make:migration", "alembic revision": a developer's command that writes migration files into the
    /// code, never a table or anything the operator runs in production (the release's migrations are applied with migrate).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:python3?\s+)?manage\.py\s+)?(?:makemigrations|make:migration|doctrine:migrations:diff|migrations:diff|migration:generate)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex GeneratesMigrations();

    /// <summary>Jobs the notes name ("the reindex-products job", "job nightly-rollup").</summary>
    public static IEnumerable<string> Jobs(string text) =>
        Job().Matches(text).Select(m => m.Groups["name"].Value).Where(name => name.Contains('-') || name.Contains('_')).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"`?(?<name>[a-z][\w-]*[a-z0-9])`?\s+(?:job|cronjob|cron\s+job|task)\b|\b(?:job|cronjob|task)\s+`?(?<name>[a-z][\w-]*[a-z0-9])`?", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Job();

    /// <summary>A secret store or bucket path ("secret/staging/notifications-service", "kv/data/payments").</summary>
    [GeneratedRegex(@"(?<![\w/.:@-])[a-z][\w-]*(?:/[\w.-]*[\w]){2,}(?![\w/])", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StorePath();

    /// <summary>A URL path the change is about ("/pricing", "/v1/login").</summary>
    [GeneratedRegex(@"(?<![\w.:/-])/[a-z][\w-]*(?:/[a-z0-9][\w-]*)*", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UrlPath();

    /// <summary>The names of the items that speak of the way back (the version running now, a break-glass account, a fallback).</summary>
    public static IReadOnlyList<string> RollbackNames(IEnumerable<string> items) =>
        Distinct(items.Where(item => WayBack().IsMatch(item))
            .SelectMany(item => NamesIn(item).Concat(Hyphenated().Matches(item).Select(m => m.Value).Where(name => ItemNames.IsIdentifier(name) && !EnglishCompound().IsMatch(name)))));

    /// <summary>A hyphenated English word ("re-exported", "read-only", "one-way", "sign-in"), not the name of an account or host.</summary>
    [GeneratedRegex(@"^(?:re|pre|non|co|un|de|post|self|cross|multi|semi|sub|anti|read|write|one|two|roll|sign|log|opt|check|follow|hand|high|low|zero|well|in|up|out|back)-[a-z]+$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex EnglishCompound();

    /// <summary>In an item about the way back, a hyphenated name is the account, app or host to use ("admin-secours", "acme-staging").</summary>
    [GeneratedRegex(@"(?<![\w./:@-])[a-z][a-z0-9]*-[a-z0-9][a-z0-9-]*[a-z0-9](?![\w/@-]|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Hyphenated();

    /// <summary>A hyphenated or numbered identifier that names a thing ("orders-db", "20261203_add_phone_e164", "3.14.2"), not an English compound ("follow-up").</summary>
    private static bool IsNamed(string name) =>
        name.Any(char.IsDigit) || name.Count(c => c == '-') >= 2 || NamedSuffix().IsMatch(name);

    /// <remarks>A Kubernetes manifest of the app itself (a deployment adding an env var) rolls out with the image; only
    /// charts, values files and Terraform are infrastructure changes of their own.</remarks>
    private static bool IsChartOrManifest(string path) =>
        path.Contains("chart", StringComparison.OrdinalIgnoreCase) || path.Contains("values", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase)
        || path.Contains("helm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest duration the notes state for a job ("the dry run took 3 hours", "~40 min per batch run"); a row count or a delay before a later action is none (<see cref="StatedDurations"/>).</summary>
    private static int? Longest(string notes)
    {
        var minutes = StatedDuration().Matches(notes).Select(m => StatedDurations.Minutes(notes, m))
            .OfType<int>().Where(value => value is > 0 and <= 7 * 24 * 60).ToArray();
        return minutes.Length == 0 ? null : minutes.Max();
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> names) =>
        names.Where(name => name.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(12).ToArray();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\w/.@-])(?:[\w.-]+/)*[\w.-]+\.(?:ya?ml|json|sql|rb|py|sh|tf|tfvars|ts|js|go|java|kt|cs|toml|ini|env|conf|properties|xml|hcl|p12|pfx|pem|crt|cer|jks)\b(?!\.\w)|(?<![\w/.-])(?:[\w.-]+/)+Dockerfile\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FilePath();

    [GeneratedRegex(@"^(?:node|nodejs|postgres|postgresql|pg|mysql|mariadb|redis|valkey|python|java|jdk|jre|go|golang|ruby|rails|kafka|openssl|elasticsearch|opensearch|mongodb|mongo|php|dotnet|net|debian|ubuntu|alpine|helm|terraform|kubernetes|k8s|nginx|envoy|istio|from|to|version|release|since|la|de|v|and|or|the|on|at|in|is|by|currently|now|was|running|previously|previous|upgrade|upgraded|bump|bumped|using|uses|requires|needs|target|latest|stable|actuellement|aktuell|derzeit|atualmente|actualmente|vers[aã]o|versi[oó]n)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Runtime();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:service|svc|api|worker|workers|web|app|gateway|consumer|producer|frontend|backend|ui|job|cron|proxy|server|scheduler|dispatcher|router|bff|processor|indexer|ingester|notifier|relay)\b(?!-)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Service();

    [GeneratedRegex(@"(?<a>\b[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b[^.;\n]{0,30}?\bafter\s+(?:the\s+)?(?<b>[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex After();

    [GeneratedRegex(@"(?:[""“](?<name>[^""”\n]{2,40})[""”]|(?<name>\b(?:[A-Z][\w-]*\s+){1,3}))\s*dashboards?\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Dashboard();

    // A topic's name has a name's shape (backticks, or a dot, underscore, hyphen or digit): "topic within the view", "create
    // the topic before deploying" name no topic.
    [GeneratedRegex(@"\btopics?\s+(?:`(?<name>[a-z][\w.-]*[\w])`|(?<name>[a-z][a-z0-9]*[._-][\w.-]*[\w]|[a-z]+\d[\w.-]*))|`?(?<name>[a-z][\w.-]*\.[\w.-]*[\w])`?\s+topics?\b|\bconsumer[\s-]groups?\s+`?(?<name>[a-z][\w.-]*[\w])`?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Topic();

    [GeneratedRegex(@"(?<![\w./:@-])(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|\d+_[a-z0-9_]+|v?\d+\.\d+\.\d+(?:-[a-z0-9.]+)?|[a-z][\w.-]*:[\w.-]*\d[\w.-]*)(?![\w/@-]|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"-(?:db|database|cache|redis|staging|prod|production|dev|portal|oidc|saml|cluster|queue|topic|bucket|store|index|consumer|producer|web|api|service|svc|worker|gateway|mailer|app|ui|job|cron|breakglass|admin)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NamedSuffix();

    [GeneratedRegex(@"\broll(?:\s*back|s\s+back|ed\s+back)\b | \brevert\w* | \bprevious\b | \bsecours\b | \bnotfall\w* | \bemergencia\b | \bemerg[êe]ncia\b | \bemergency\s+(?:account|access|login|user)s?\b | \b(?:webhook|callback|redirect)\s*(?:url|uri)s?\b | \buri\s+de\s+redirection\b | \bmust\s+be\s+(?:updated|changed|registered)\s+in\b | \bcurrently\s+(?:running|on)\b | \brunning\s+(?:now|today)\b | \bbreak[\s-]?glass\b | \bfallback\b | \bdowngrade\w* | \bold\s+(?:index|cluster|store|key|version|secret|node)s?\b | \brevoked?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex WayBack();

    [GeneratedRegex(@"(?<![\w.])@[a-z][\w.-]*[a-z0-9]", Options, MatchBudget.Milliseconds)]
    private static partial Regex Person();

    [GeneratedRegex(@"(?:took|takes|take|ran\s+for|runs\s+for|lasted|about|around|approx\w*|roughly|estimated|~|≈|dauerte|dura|durou|tard[oó]|a\s+pris|(?:dry[\s-]?run|rehearsal|test\s+run|probelauf|ensayo|essai)[^\d\n]{0,40}?(?::|\bhat(?:te)?\b|\bhas\s+taken\b))\s*(?:about\s+|around\s+|etwa\s+|ca\.\s*)?(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>hours?|hrs?|h|minuten|minutes?|mins?|m|stunden?|std|horas?|heures?)(?:\s*(?<m2>\d{1,2})(?:\s*(?:minutes?|mins?|m)\b|(?!\d))|\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex StatedDuration();
}
