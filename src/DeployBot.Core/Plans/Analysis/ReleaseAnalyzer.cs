namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Reads release notes like an SRE: splits them into items (<see cref="NoteItems"/>), classifies each
/// (<see cref="ItemClassifier"/>), and decides the release kind from real signals (<see cref="KindSignals"/>).
/// Notes are data: nothing in them is interpreted beyond matching terms.
/// </summary>
/// <remarks>
/// Kind precedence: <see cref="ReleaseKind.Migration"/> (schema and data changes together, a large migration, a
/// datastore or engine upgrade, manual upgrade steps, a major version with breaking changes, or a 0.x minor with upgrade
/// steps or a dropped runtime) over
/// <see cref="ReleaseKind.Hotfix"/> (hotfix wording, or a patch version, fix-only sections or CVE fixes with no new
/// feature) over <see cref="ReleaseKind.Normal"/>.
/// </remarks>
public static class ReleaseAnalyzer
{
    /// <summary>At most this many items are kept in the analysis (a whole changelog pasted in NOTES stays bounded).</summary>
    public const int MaxItems = 200;

    /// <summary>
    /// Analyses <paramref name="notes"/>. <paramref name="source"/> is where they were read from (a linked release's
    /// address), if anywhere: it says whose changelog it is even when the text itself links nowhere.
    /// </summary>
    public static ReleaseAnalysis Analyze(string? notes, string? source = null)
    {
        // The rules' kind and risk areas are the learned reading's input; it may find a migration the rules missed.
        var rules = AnalyzeByRules(notes, source);
        return string.IsNullOrWhiteSpace(notes) ? rules : rules with { Kind = LearnedKind.Decide(notes, rules.Kind, rules.Risks) };
    }

    /// <summary>
    /// The hand-written rules alone: what <see cref="Analyze"/> returns before the learned reading looks at the kind. A
    /// dump that retrains <see cref="LearnedKind"/> must record these verdicts (its input), never Analyze's.
    /// </summary>
    internal static ReleaseAnalysis AnalyzeByRules(string? notes, string? source = null)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            return ReleaseAnalysis.Empty;
        }

        var (split, headings) = NoteItems.Split(notes);
        var noteItems = split.Take(MaxItems).ToArray();
        var context = ReleaseContext.Of(noteItems, headings, notes, source);
        var items = noteItems.Select(item => ItemClassifier.Classify(item, context)).ToArray();
        var headingRisks = headings.Select(heading => ItemClassifier.Classify(new NoteItem(heading, null)))
            .SelectMany(item => item.Risks).Where(area => area == RiskArea.Breaking);
        var risks = items.SelectMany(item => item.Risks).Concat(headingRisks).Distinct().Order().ToArray();
        var engineChange = KindSignals.ChangesEngine(noteItems, headings)
            || noteItems.Any(item => !RiskPatterns.NothingDeployed().IsMatch(item.Text) && KindSignals.UpgradesRuntimeMajor(item.Text));
        return new ReleaseAnalysis(Classify(notes, noteItems, items, headings, risks, engineChange), risks) { Items = items };
    }

    /// <summary>
    /// True when <paramref name="clause"/>, the part of a line after a ";", speaks of what the clause before it named ("; if
    /// you changed it, you must set it again"): the same rule that keeps such clauses in one item.
    /// </summary>
    public static bool RefersBack(string clause) => NoteItems.RefersBack().IsMatch(clause);

    /// <summary>True when the notes describe an incident fix (hotfix, emergency, SEV1/2, incident): it goes out without a window.</summary>
    public static bool IsIncidentHotfix(string notes) => RiskPatterns.Incident().IsMatch(notes);

    /// <summary>True when the notes upgrade a datastore or runtime engine to another version (PostgreSQL 13 → 16).</summary>
    public static bool IsEngineUpgrade(string notes) => KindSignals.EngineUpgrade().IsMatch(notes);

    /// <summary>
    /// True when an item stops supporting a datastore or server runtime version, or raises the minimum one the release
    /// needs ("Drop support for PostgreSQL 12", "the minimum Node.js version is now 22"): whoever runs an older one must
    /// upgrade it before this release can run.
    /// </summary>
    public static bool RaisesPlatformFloor(string item) => KindSignals.IsEngineSupportDropped(item);

    /// <summary>
    /// True when <paramref name="line"/> is a plain-text release header with no heading markup: "Changes with Apache
    /// 2.4.62", "Changes with nginx 1.27.3    26 Nov 2024", "Version 3.1.2 (2025-04-01)", "1.6.1  2026-01-06".
    /// </summary>
    public static bool IsReleaseHeader(string line) => NoteItems.IsReleaseHeader(line);

    /// <summary>SETTING_NAMES in capitals (environment variables, keys) in the order they appear.</summary>
    public static IEnumerable<string> SettingNames(string text) => RiskPatterns.SettingName().Matches(text).Select(match => match.Value);

    /// <summary>
    /// The SETTING_NAMES that the text does not call something else: a permission, role or scope
    /// (<c>`METADATA_WRITE` permission</c>), a table or column, a type, value or error code (<see cref="RiskPatterns.NamedNonSetting"/>).
    /// </summary>
    /// <remarks>
    /// Nor SQL's own words: "CREATE TABLE re_references (id INT AUTO_INCREMENT …, created DATETIME DEFAULT CURRENT_TIMESTAMP)"
    /// in an upgrade guide names no setting to apply.
    /// </remarks>
    public static IEnumerable<string> ConfigSettingNames(string text) =>
        SettingNames(RiskPatterns.NamedNonSetting().Replace(text, " ")).Where(name => !SqlWords.Contains(name));

    private static readonly HashSet<string> SqlWords = new(StringComparer.Ordinal)
    {
        "AUTO_INCREMENT", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_USER", "SESSION_USER", "LOCAL_TIMESTAMP",
        "UTC_TIMESTAMP", "LAST_INSERT_ID", "ROW_NUMBER", "ROW_FORMAT", "GROUP_CONCAT", "DATE_FORMAT", "JSON_EXTRACT", "KEY_BLOCK_SIZE",
        "ON_UPDATE", "IF_EXISTS", "FOREIGN_KEY", "PRIMARY_KEY", "NOT_NULL", "DEFAULT_CHARSET", "UNIX_TIMESTAMP",
    };

    /// <summary>The names of the objects an item touches (<c>users.password_md5</c>, <c>/v1/login</c>, <c>`sessions_v1`</c>).</summary>
    /// <remarks>Only identifier-like names (no spaces, quotes, brackets or backticks): what a plan may quote from untrusted notes.</remarks>
    public static IEnumerable<string> ObjectNames(string item) =>
        DestructivePatterns.ObjectName().Matches(item).Select(match => match.Groups["name"].Value.Trim().Trim('`'))
            .Where(name => name.Length is > 2 and <= 80 && !name.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or '`' or '*' or '[' or ']'));

    /// <summary>
    /// The third-party services the text names ("Okta", "Braintree", "Twilio"), as written, in order, without duplicates:
    /// the provider a plan tells, registers at or tests against. Cloud building blocks the team runs itself (S3, SQS, SES,
    /// CloudWatch) are not providers to call.
    /// </summary>
    public static IReadOnlyList<string> VendorNames(string text) =>
        [.. RiskPatterns.VendorName().Matches(text ?? throw new ArgumentNullException(nameof(text))).Select(match => string.Join(' ', match.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(name => !OwnBuildingBlocks.Contains(name)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static readonly HashSet<string> OwnBuildingBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "s3", "ses", "sns", "sqs", "gcs", "cloudwatch", "aws", "azure", "gcp", "google", "amazon s3", "amazon ses", "amazon sns", "amazon sqs", "amazon web services",
    };

    /// <summary>Passwords rehashed as their users sign in ("rehashed on next successful login"): one-way per user, no bulk rewrite.</summary>
    public static bool RehashesOnSignIn(string notes) => DestructivePatterns.LazyRehash().IsMatch(notes);

    /// <summary>
    /// Of <paramref name="names"/>, those a destructive <paramref name="item"/> removes, not its replacements, new things or a
    /// backfill's source (<see cref="Analysis.RemovedNames"/>); the planner's contract steps and the validator agree on them.
    /// </summary>
    public static IReadOnlyList<string> RemovedNames(string item, IReadOnlyList<string> names) => Analysis.RemovedNames.Pick(item, names);

    /// <summary>The deletions <paramref name="item"/> puts off ("delete products_v2 after 48h"), in its own words: follow-ups, not steps of this window.</summary>
    public static IReadOnlyList<string> LaterDeletions(string item) => Analysis.LaterDeletions.In(item);

    /// <summary>A version number ("2026.11.1", "v3.14.0"), not the name of an object.</summary>
    public static bool IsVersion(string name) => Analysis.RemovedNames.IsVersion(name);

    /// <summary>Of <paramref name="names"/>, those a destructive <paramref name="item"/> gives as what replaces the removed thing or is new.</summary>
    public static IReadOnlyList<string> ReplacementNames(string item, IReadOnlyList<string> names) => Analysis.RemovedNames.Replacements(item, names);

    /// <summary>The terms that made an area match, for tests and diagnostics (never spliced into plans).</summary>
    internal static IReadOnlyList<string> Evidence(string notes, RiskArea area) =>
        ItemClassifier.Evidence(notes, area).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static ReleaseKind Classify(
        string notes, IReadOnlyList<NoteItem> items, IReadOnlyList<ReleaseItem> classified, IReadOnlyList<string> headings, IReadOnlyList<RiskArea> risks, bool engineChange)
    {
        var versionLines = KindSignals.VersionLines(headings, notes);
        var version = KindSignals.Version(versionLines);
        if (version != KindSignals.VersionLevel.Major && (KindSignals.MajorRelease().IsMatch(notes) || KindSignals.IsCalendarReleaseLine(versionLines) || KindSignals.CrossesMajorVersion(headings) || KindSignals.ListsOwnMajor(versionLines, items)))
        {
            version = KindSignals.VersionLevel.Major;
        }

        var upgradeAction = KindSignals.UpgradeAction().IsMatch(notes);
        // A rewrite under "Bug Fixes" repairs data, and a move from one code package to another moves none.
        var statedData = items.Zip(classified).Any(pair => pair.Second.Risks.Contains(RiskArea.Data) && ItemClassifier.StatesDataRewrite(pair.First.Text)
            && !(pair.First.Section is { } section && KindSignals.IsFixSection(section)) && !KindSignals.MigratesCodePackage(pair.First.Text));
        var systemMigration = headings.Any(heading => KindSignals.SystemMigration().IsMatch(heading))
            || items.Any(item => KindSignals.SystemMigration().IsMatch(item.Text) && !KindSignals.MigratesCodePackage(item.Text));
        var schemaAndData = statedData && (risks.Contains(RiskArea.Schema) || systemMigration);
        var guide = KindSignals.MigrationGuide().IsMatch(notes);
        var majorWithBreaks = version == KindSignals.VersionLevel.Major && (risks.Contains(RiskArea.Breaking) || upgradeAction || guide);
        var zeroMinorWithSteps = (upgradeAction || guide || items.Any(item => KindSignals.DropsRuntime(item.Text))) && KindSignals.IsInitialDevelopmentMinor(versionLines);
        if (schemaAndData || majorWithBreaks || zeroMinorWithSteps || KindSignals.AnnouncesLargeMigration(items, headings)
            || engineChange || KindSignals.UpgradeSteps().IsMatch(notes) || KindSignals.OneWayUpgrade().IsMatch(notes) || KindSignals.StorageFormatChange().IsMatch(notes))
        {
            return ReleaseKind.Migration;
        }

        if (upgradeAction || KindSignals.OperatorStep().IsMatch(notes))
        {
            return ReleaseKind.Normal;
        }

        // "Hotfix" or an incident is a hotfix whatever else ships; a "patch release" that also adds something is not.
        if (RiskPatterns.Hotfix().IsMatch(notes) && !ChangesSomething(items, classified)
            && (IncidentSignals.IsIncident(notes) || !HasFeatures(version, items, headings)))
        {
            return ReleaseKind.Hotfix;
        }

        // A minor that only lists fixes (4.95.0 "### Fixed") is still a minor; only hotfix wording above makes it a hotfix.
        var fixSignal = version == KindSignals.VersionLevel.Patch
            || (!KindSignals.IsReleasedMinor(versionLines) && (headings.Any(KindSignals.IsFixSection) || RiskPatterns.Cve().IsMatch(notes)));
        return fixSignal && !HasFeatures(version, items, headings) && !ChangesSomething(items, classified) ? ReleaseKind.Hotfix : ReleaseKind.Normal;
    }

    /// <summary>
    /// An item that is not a fix and removes something or announces a deprecation ("Remove the `simd-accel` feature",
    /// "these fields are now deprecated", "a deprecation warning was added"): the release changes behaviour, so it is
    /// not a hotfix; so does an item under a "Breaking changes" heading. A fix that removes something (under "Bug fixes",
    /// or "Fix …") stays a fix. So does an item read as breaking or changing a default ("accept `job_timeout` instead of
    /// `timeout`", "url.redirect-code = 308 new default") unless it is fix-shaped (<see cref="KindSignals.IsFixShapedChange"/>).
    /// </summary>
    private static bool ChangesSomething(IReadOnlyList<NoteItem> items, IReadOnlyList<ReleaseItem> classified) =>
        items.Zip(classified).Any(pair => (pair.First.Section is { } breakingSection && ItemClassifier.IsBreakingSection(breakingSection)
                && !RiskPatterns.FixItem().IsMatch(pair.First.Text) && !RiskPatterns.NothingDeployed().IsMatch(pair.First.Text))
            || (!RiskPatterns.FixItem().IsMatch(pair.First.Text) && !KindSignals.IsSecurityFix(pair.First.Text)
            && !(pair.First.Section is { } section && KindSignals.IsFixSection(section))
            && !RiskPatterns.NothingDeployed().IsMatch(pair.First.Text)
            && (pair.Second.Destructive || KindSignals.RemovesFeature(pair.First.Text) || RiskPatterns.NoLonger().IsMatch(pair.First.Text) || KindSignals.Deprecation().IsMatch(pair.First.Text)
                || (pair.Second.Risks.Contains(RiskArea.Breaking) && !KindSignals.IsFixShapedChange(pair.First.Text, pair.First.Section))
                || KindSignals.ChangedDefault().IsMatch(pair.First.Text) || (pair.First.Section is { } heading && KindSignals.ChangedDefault().IsMatch(heading))
                || (pair.First.Section is { } breaking && ItemClassifier.IsBreakingSection(breaking)))));

    /// <summary>
    /// Whether the release adds something. In a patch release only what is really new counts: an "Added"/"Features"
    /// section with a deployable item under it, or a feature item; "Changed", "Improvements", "All changes" and an empty
    /// "Breaking Changes" heading are how patch releases list their fixes and dependency bumps.
    /// </summary>
    private static bool HasFeatures(KindSignals.VersionLevel version, IReadOnlyList<NoteItem> items, IReadOnlyList<string> headings)
    {
        // Under a "Bug Fixes" heading "find-options: allow array values" is how a fix is worded, not a new feature;
        // a "feat:" commit filed there is still one.
        var featureItem = items.Any(item => KindSignals.IsFeatureItem(item.Text)
            && !KindSignals.IsDocsOrTestsItem(item.Text) && !(item.Section is { } docs && KindSignals.IsDocsSection(docs))
            && (!(item.Section is { } section && KindSignals.IsFixSection(section)) || KindSignals.IsMarkedFeature(item.Text)));
        if (version != KindSignals.VersionLevel.Patch)
        {
            return featureItem || headings.Any(KindSignals.IsFeatureSection);
        }

        // "Fixes and enhancements" lists both kinds: in a patch release its items decide, not its name.
        return featureItem || items.Any(item => item.Section is { } section && KindSignals.IsNewFeatureSection(section) && !KindSignals.NamesFixes(section)
            && !RiskPatterns.NothingDeployed().IsMatch(item.Text) && !KindSignals.IsUpkeepItem(item.Text));
    }
}
