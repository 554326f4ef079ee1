using System.Text.RegularExpressions;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// Decides which kinds of change a release is, from the release analysis, the notes' own words ("no new image",
/// "flag only") and the names found in them. An image rollout is the default only when nothing says otherwise.
/// </summary>
internal static partial class ChangeDetector
{
    public static IReadOnlySet<ChangeKind> Detect(PlanningInput input, NotesFacts names, ReleaseShape shape)
    {
        var text = input.Release?.Text ?? input.Request.Notes;
        // "chore(deps): bump github.com/rabbitmq/amqp091-go from 1.6.0 to 1.6.1": a library compiled into the release
        // changes no broker, provider or setting of the operator's, so no kind is read from it (DependencyBumps).
        var notes = DependencyBumps.Without(text);
        var analysis = input.Analysis;
        var kinds = new HashSet<ChangeKind>();
        var engine = KindEvidence.IsEngineUpgrade(text);
        var items = analysis.Items.Where(item => !DependencyBumps.IsBump(item.Text)).ToArray();
        // A fixed bug names where it was ("Fix a race where the job queue dropped retries", "Fix DNS lookups timing out"):
        // the queue's topology and message format, or the cluster's network, stay as they are. Only the items that change
        // something make a messaging or infrastructure change; a chart or Terraform file or a cache purge named anywhere is still done.
        var changes = KindEvidence.OwnWork(DependencyBumps.Without(string.Join('\n', items.Where(item => !item.Fix).Select(item => item.Text))), engine);
        // What this release deploys itself: another service's separate deploy, a condition and an engine's own replica rebuild set aside.
        var own = KindEvidence.OwnWork(notes, engine);
        // A broker upgraded member by member ("Upgrade Kafka brokers 3.5 -> 3.7") changes no topic, consumer or producer:
        // the messaging kind is read from everything else the notes say.
        var besideUpgrades = DependencyBumps.Without(string.Join('\n', items.Where(item => !item.Fix && StatefulSoftware.Read(item.Text).Count == 0).Select(item => item.Text)));
        Add(kinds, ChangeKind.Schema, items.Any(item => KindEvidence.IsSchema(item, engine)));
        // A data migration run with a command the release's notes name comes with that release: it ships code too.
        var statedMigration = StatedCommands.DataMigration(analysis) is not null;
        // The new version's own database upgrade rewrites stored data ("Data upgrades", "the upgrade step deletes …"): that
        // version is deployed, never a restart with settings alone.
        var dataUpgrade = DataUpgrade.Read(text) is not null && shape.Package is null or { Kind: Package.Library };
        // "no backfill yet", "backfill not needed": the notes rule the backfill out.
        var backfillNotes = NoBackfill().Replace(notes, " ");
        Add(kinds, ChangeKind.Backfill, (Backfill().IsMatch(backfillNotes) && (analysis.Has(RiskArea.Data) || BulkCopy().IsMatch(backfillNotes))) || statedMigration);
        Add(kinds, ChangeKind.Engine, engine);
        // Resource settings ("memory limit 512Mi -> 1Gi, HPA max 10 -> 20") are a change to the Deployment, even in an incident's fix.
        var resources = ResourceChange.Read(notes).Count > 0;
        Add(kinds, ChangeKind.Infra, InfraWork().IsMatch(own) || Infra().IsMatch(changes) || names.Charts.Count > 0 || resources);
        Add(kinds, ChangeKind.Messaging, IsMessaging(notes, changes, besideUpgrades));
        Add(kinds, ChangeKind.Auth, analysis.Has(RiskArea.Auth) && SignIn().IsMatch(notes));
        Add(kinds, ChangeKind.Payments, Payments().IsMatch(notes));
        // Services named as clients of an engine are not a release train: a train ships versions or says "deploy".
        // A changelog headed by its release's version ships that version ("Changes with Apache 2.4.62" over two CVE fixes
        // whose items name settings is an upgrade, not a config change); an engine upgrade's heading names the engine's.
        // A framework upgraded in the application ("Upgrade to Rails 7.1", "Update Rails application framework defaults") is
        // code: it ships in a new build, whatever settings the same notes change beside it (read before bumps are set aside).
        var ships = Ships().IsMatch(own) || names.Services.Any(service => NotesFacts.NamedWithVersion(notes, service))
            || (!engine && NotesFacts.HeadingVersion(notes) is not null) || KindEvidence.UpgradesFramework(KindEvidence.OwnWork(text, engine));
        Add(kinds, ChangeKind.MultiService, names.Services.Count >= 2 && ships);
        // An incident (IncidentReading), or a window of "now", is a hotfix the incident commander runs; a patch release of
        // fixes that no incident waits on keeps the usual window, baseline and rollback target.
        var incident = IncidentReading.IsIncident(notes, analysis) || input.Window?.IsNow == true;
        Add(kinds, ChangeKind.Hotfix, incident);
        Add(kinds, ChangeKind.Patch, !incident && IncidentReading.FixesOnly(analysis));
        Add(kinds, ChangeKind.Contract, analysis.Destructive.Any());
        // "same DATABASE_URL", "REDIS_URL unchanged": a setting the notes keep as it is is not a config change.
        var changedKeys = UnchangedSettings.All(names.Keys, notes) ? 0 : names.Keys.Count;
        // The setting retention deletes by is confirmed before the upgrade, not set to a new value (RetentionDeletion).
        var retention = shape.Retention;
        Add(kinds, ChangeKind.Retention, retention is not null);
        Add(kinds, ChangeKind.Config, changedKeys > 0
            || items.Any(item => KindEvidence.IsConfig(item) && !UnchangedSettings.All([.. ReleaseAnalyzer.ConfigSettingNames(item.Text)], notes)
                && !NothingToSet(item) && !(retention?.Key is { } retained && ReleaseAnalyzer.ConfigSettingNames(item.Text).All(setting => setting == retained))));
        Add(kinds, ChangeKind.Switch, BlueGreen.Read(KindEvidence.WithoutModeMoves(notes)) is not null);
        // "No deploy" makes a flag-only change only when a flag is in play; a cache purge with no deploy is not a flag ramp.
        var noDeploy = NoDeploy().IsMatch(notes);
        var flagged = !string.IsNullOrWhiteSpace(input.Request.Flag) || FlagWord().IsMatch(notes);
        // A flag the notes switch to a share ("flip new_checkout 5% -> 25%") with nothing said to ship is the whole change.
        var flagOnly = FlagOnly().IsMatch(notes) || (noDeploy && flagged) || (NamedFlag.SwitchesShare(notes) && !Ships().IsMatch(own) && !analysis.Destructive.Any());
        Add(kinds, ChangeKind.Flag, flagOnly || !string.IsNullOrWhiteSpace(input.Request.Flag));
        var rebuilt = Rebuild().IsMatch(own) || KindEvidence.IsRuntimeUpgrade(own);
        // Resource settings alone are applied as values or manifests with the image tag unchanged; a values key removed
        // beside them (".Values.legacyIngress") is part of the same values change.
        var resourcesOnly = resources && !ships && kinds.All(kind => kind is ChangeKind.Infra or ChangeKind.Hotfix or ChangeKind.Patch
            || (kind == ChangeKind.Contract && analysis.Destructive.All(item => ValuesKey().IsMatch(item.Text))));
        Add(kinds, ChangeKind.Image, !flagOnly && !resourcesOnly && (rebuilt || dataUpgrade || (!noDeploy && !NoImage().IsMatch(own) && (ships || statedMigration || !OnlyOperational(kinds, analysis.Destructive.All(item => item.DestroysData), OnlyIndexDrops(analysis, notes))))));
        // Code shipped behind a flag the notes name is ramped with that flag, as if FLAG had named it; added after the image
        // is decided, so that a named flag never turns a config or infrastructure change into an image rollout.
        Add(kinds, ChangeKind.Flag, NamedFlag.Read(notes) is not null);
        DatastoreMoves.Narrow(kinds, notes, analysis);
        NarrowToPackage(kinds, shape.Package);
        NarrowToParallel(kinds, shape.Parallel);
        NarrowToNewInstallation(kinds, text);
        NarrowToErasure(kinds, notes, analysis);
        NarrowToDatabase(kinds, notes);
        NarrowToStatedData(kinds, notes, items, engine);
        return kinds;
    }

    /// <summary>
    /// Every setting-shaped name the item gives is one whose behaviour the release changes ("Change REQUEST_FILENAME
    /// behavior") or one it no longer reads ("POSTFIX_LOG_FILE has been deprecated and is ignored"): nothing to set.
    /// </summary>
    private static bool NothingToSet(ReleaseItem item) =>
        ReleaseAnalyzer.ConfigSettingNames(item.Text).ToArray() is { Length: > 0 } settings
        && settings.All(setting => NotesFacts.ChangesBehaviourOf(item.Text, setting) || NotesFacts.IgnoredNow(item.Text, setting));


    /// <summary>Config, infrastructure, engine, topic or backfill work alone ships no new image unless the notes say a version ships.</summary>
    /// <remarks>A removed endpoint, flag or key ships in code, so only data contract steps count as operational.</remarks>
    /// <remarks>
    /// Dropping an unused index is a contract step the database owner runs: no code reads an index, and its definition is
    /// its way back. A drop of stored data is not: its migration usually ships with the release ("email_templates table
    /// dropped (migration 0061_…)"), and notes that drop a column often say what the code does now in the same breath.
    /// </remarks>
    private static bool OnlyOperational(HashSet<ChangeKind> kinds, bool onlyDataContracts, bool onlyIndexDrops) =>
        kinds.Count > 0 && kinds.All(kind => kind is ChangeKind.Config or ChangeKind.Infra or ChangeKind.Engine or ChangeKind.Backfill or ChangeKind.Messaging or ChangeKind.Switch
            || (kind == ChangeKind.Contract && onlyDataContracts) || (kind == ChangeKind.Schema && onlyIndexDrops));

    /// <summary>Every item drops indexes and nothing else, and no migration of the release is named: nothing ships for them.</summary>
    private static bool OnlyIndexDrops(ReleaseAnalysis analysis, string notes) =>
        analysis.Items.Count > 0 && analysis.Items.All(item => item.Destructive && ItemNames.DropsOnlyIndexes(item)) && !Migration().IsMatch(notes);

    [GeneratedRegex(@"\bmigrat\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Migration();

    private static void Add(HashSet<ChangeKind> kinds, ChangeKind kind, bool condition)
    {
        if (condition)
        {
            kinds.Add(kind);
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bno\s+(?:data\s+)?(?:back-?fill|re-?index)\w*(?:\s+(?:yet|needed|required|necessary))? | \b(?:back-?fill|re-?index)\w*\s+(?:is\s+|are\s+)?(?:not\s+(?:needed|required|necessary)|unnecessary)\b | \bwithout\s+(?:a\s+)?back-?fill\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoBackfill();

    [GeneratedRegex(@"\bback-?fill\w* | \bre-?index\w* | \bbatch(?:es|ed)?\b | \bre-?encrypt\w* | \brecalculat\w* | \bdata\s+migration\b | \bre-?build\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}index\b | \bbatch-?cop\w* | \bcop(?:y|ies|ying)\s+(?:the\s+|all\s+)?(?:history|data|rows|records|events|documents)\b | \brellen\w* | \bremplissage\b | \bremplir\b | \bpreench\w* | \bbef[üu]ll\w* | \bnachf[üu]ll\w* | \breindexar\b | \br[ée]index\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex Backfill();

    /// <summary>Infrastructure work to do: the files and tools it is applied with, a cache purge. Named anywhere, even in a fix, it is done.</summary>
    [GeneratedRegex(@"\bhelm\b | \bcharts?/ | \bvalues(?:-[\w-]+)?\.ya?ml\b | \bterraform\b | \b\w+\.tf\b | \bpulumi\b | \bkustomiz\w* | \bmanifests?\b | \bpurge\w*\b[^.\n]{0,40}\bcache\b | \bcache\s+(?:purge|invalidation) | \binvalidat\w*\s+(?:the\s+)?(?:cdn|cache)", Options, MatchBudget.Milliseconds)]
    private static partial Regex InfraWork();

    /// <summary>The parts of the platform a change to them is planned for (node pools or EKS node groups, ingress, scaling, CDN, DNS, load balancers): a fix that names one is where its bug was.</summary>
    [GeneratedRegex(@"\bnode\s+pools?\b | \bnode[\s-]?groups?\b | \bingress\b | \bautoscal\w* | (?<!\bread[\s-])\breplicas?\b(?!\s+(?:lag|set|promotion)) | \bcdn\b | \bcloudflare\b | \bcloudfront\b | \bfastly\b | \bdns\b | \bload[\s-]balancer", Options, MatchBudget.Milliseconds)]
    private static partial Regex Infra();


    [GeneratedRegex(@"\bsso\b | \bsaml\b | \boidc\b | \boauth\w* | \bsign[\s-]?(?:in|on|out)\s+(?:flow|page|path|provider|method)s?\b | \bsingle\s+sign[\s-]on\b | \bidentity\s+provider\b | \bidp\b | \bokta\b | \bauth0\b | \bkeycloak\b | \bentra\b | \bazure\s+ad\b | \bmfa\b | \b2fa\b | \bjwt\w* | \binicio\s+de\s+sesi[oó]n\b | \banmeldung\b | \bconnexion\b | \bautentica[çc][ãa]o\b | \bautenticaci[oó]n\b | \blogin\s+(?:flow|page|provider|method)s?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex SignIn();

    /// <summary>The notes change how an identity provider signs users in (SSO, SAML, OIDC, OAuth, a named provider), not only tokens or MFA.</summary>
    public static bool NamesIdentityProvider(string notes) => IdentityProvider().IsMatch(notes);

    [GeneratedRegex(@"\bsso\b | \bsaml\b | \boidc\b | \bopenid\b | \boauth\w* | \bsingle\s+sign[\s-]on\b | \bidentity\s+provider\b | \bidp\b | \bokta\b | \bauth0\b | \bkeycloak\b | \bentra\b | \bazure\s+ad\b | \bredirect\s+ur[il]s?\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex IdentityProvider();

    [GeneratedRegex(@"\bpayments?\s+(?:gateway|provider|processor|processing|flow|method|page|api|webhook|service)s?\b | \b(?:stripe|adyen|paypal|braintree)(?:\b|_) | \bcheckout\s+provider\b | \bpayment\s+(?:gateway|provider)\b | \bpartner\s+api\b | \bpsp\b | \bpagos?\b | \bpasarela\b | \bzahlung\w* | \bpaiement\w* | \bpagamento\w* | \bacquirer\b | \bcard\s+processing\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Payments();

    [GeneratedRegex(@"\b(?:deploy|deploys|deployed|deploying|release|releases|roll\s+out|rolls\s+out|rollout|ships?|image)\b(?![\s-]*(?:only|window))(?<!\bno\s+(?:new\s+)?\w+)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ships();

    [GeneratedRegex(@"(?<![\w-])re-?(?:build|built|builds)\b(?![-_]|[^.\n]{0,40}\bindex) | (?<![\w-])re-?(?:deploy|deploys|deployed)\b(?![-_]) | (?<!\b(?:no|same|unchanged)\s+(?:new\s+)?)\bbase\s+image\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Rebuild();

    /// <summary>A Helm values key: removing it is part of the values change, not code.</summary>
    [GeneratedRegex(@"\.Values\.\w | \bhelm\s+values\b | \bvalues(?:-[\w-]+)?\.ya?ml\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ValuesKey();

    [GeneratedRegex(@"\bflag[\s-]only\b | \bonly\s+(?:flip|toggle|switch|enable|turn)\w*\b[^.;\n]{0,30}\bflag\b | \b(?:just|only)\s+(?:a\s+)?flag\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex FlagOnly();

    [GeneratedRegex(@"\bno\s+(?:code\s+)?deploy(?:ment)?\b | \bnothing\s+(?:to\s+|gets\s+|is\s+)?(?:deploy|deploys|deployed|ships|shipped)\b | \bwithout\s+(?:a\s+)?deploy\w*\b | \bpas\s+de\s+d[ée]ploiement\b | \bsin\s+despliegue\b | \bkein(?:e)?\s+(?:deployment|auslieferung|neues\s+deployment)\b | \bsem\s+(?:deploy|implanta[çc][ãa]o)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoDeploy();

    [GeneratedRegex(@"\bflags?\b | \bfeature[\s-]?toggles?\b | \bramp\w* | \bdrapeau\b | \bbandera\b | \bsinalizador\b | \bschalter\b | \b\d{1,3}\s?%", Options, MatchBudget.Milliseconds)]
    private static partial Regex FlagWord();

    [GeneratedRegex(@"\bback-?fill\w* | \bre-?index\w* | \bre-?build\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}index\b | \bbatch-?cop\w* | \bcop(?:y|ies|ying)\s+(?:the\s+|all\s+)?(?:history|data|rows|records|events|documents)\b | \bdata\s+migration\b | \brellen\w* | \bremplissage\b | \bremplir\b | \bpreench\w* | \bbef[üu]ll\w* | \bnachf[üu]ll\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex BulkCopy();

    [GeneratedRegex(@"\bno\s+(?:new\s+)?(?:image|build|code\s+change\w*|release\s+image|app(?:lication)?\s+change\w*)\b | \b(?:already|has\s+been|have\s+been|is|are)\s+(?:live|deployed|rolled\s+out|in\s+production)\b | \blive\s+since\b | \bj[áa]\s+(?:est[áa]|em)\s+produ[çc][ãa]o\b | \bya\s+(?:est[áa]\s+)?en\s+producci[óo]n\b | \bd[ée]j[àa]\s+en\s+production\b | \bbereits\s+(?:live|ausgerollt|in\s+produktion)\b | \bsame\s+image\b | \bconfig[\s-]only\b | \bsecret\s+rotation\s+only\b | \bimage\s+(?:is\s+)?unchanged\b | \bwithout\s+a\s+new\s+image\b | \bvalues[\s-]only\b | \bsin\s+nueva\s+imagen\b | \bohne\s+neues\s+image\b | \bkein\s+neues\s+image\b | \bkeine\s+code[äa]nderung\w*\b | \bpas\s+de\s+nouvelle\s+image\b | \bsem\s+nova\s+imagem\b | \bsin\s+cambios?\s+de\s+c[óo]digo\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoImage();
}
