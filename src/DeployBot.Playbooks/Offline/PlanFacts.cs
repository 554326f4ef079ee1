using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Windows;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Kinds;

namespace DeployBot.Playbooks.Offline;

/// <summary>What the offline planner knows about one request: inputs, policy, the analysis, the kinds of change and the names in the notes.</summary>
internal sealed partial record PlanFacts(
    PlanningInput Input,
    IReadOnlySet<ChangeKind> Kinds,
    NotesFacts Names,
    SetupPaths Paths)
{
    public static PlanFacts From(PlanningInput input)
    {
        var notes = input.Release?.Text ?? input.Request.Notes;
        var files = input.Release?.Files.Where(file => file.Status != "removed").Select(file => file.Path) ?? [];
        var names = NotesFacts.Read(notes, files).WithoutKeysNotToSet(input.Analysis);
        // Read once here and handed to the detector, which narrows the kinds by it, and to the playbooks.
        var shape = ReleaseShape.Read(input);
        if (shape.Retention is { Key: { } retained })
        {
            // The value retention deletes by is confirmed, not applied: setting "the new" one is how history goes unnoticed.
            names = names with { Keys = [.. names.Keys.Where(key => key != retained)] };
        }

        if (input.Release is { NewSecrets.Count: > 0 } release)
        {
            names = names with { Keys = [.. names.Keys.Concat(release.NewSecrets).Distinct(StringComparer.Ordinal)] };
        }

        return new PlanFacts(input, ChangeDetector.Detect(input, names, shape), names, new SetupPaths(input.Environment.Setup, names)) { Shape = shape };
    }

    public DeploymentEnvironment Environment => Input.Environment;

    public ReleaseAnalysis Analysis => Input.Analysis;

    public string Env => Environment.Name;

    public bool IsProduction => Environment.IsProduction;

    /// <summary>
    /// FLAG as given, or else the flag the notes put the change behind ("behind flag adyen_checkout", "flag
    /// require_admin_mfa default off"), so that the ramp, the summary and the rollback switch it. A change that only
    /// moves a named flag to a stated share ("flip new_checkout 5% -> 25%") keeps it out: that one switch and its way
    /// back to the share it was at are the flag playbook's (<see cref="FlagPlaybook.Named"/>), not a ramp from off.
    /// </summary>
    public string? Flag => string.IsNullOrWhiteSpace(Input.Request.Flag) ? FlagInNotes : Input.Request.Flag.Trim();

    /// <summary>FLAG was given with the request (not read from the notes).</summary>
    public bool FlagGiven => !string.IsNullOrWhiteSpace(Input.Request.Flag);

    private string? FlagInNotes => _flagInNotes.Get(this, static facts => NamedFlag.Read(facts.Notes) is { } named && !facts.SwitchesStatedShare ? named.Name : null);

    /// <summary>Nothing ships and the notes move their flag to a share: the flag playbook sets that share.</summary>
    private bool SwitchesStatedShare => !Is(ChangeKind.Image) && NamedFlag.SwitchesShare(Notes) && StatedRamp.Read(Notes) is { Percents.Count: > 0 };

    public WindowReading? Window => Input.Window;

    public int? WindowMinutes => Window?.Minutes;

    public bool Is(ChangeKind kind) => Kinds.Contains(kind);

    /// <remarks>Not an area a datastore move's own playbook covers (<see cref="DatastoreMoves.Explains"/>).</remarks>
    /// <remarks>Nor a schema area whose every item drops metric series (<see cref="MetricSeries"/>): no table changes.</remarks>
    public bool Has(RiskArea area) => Analysis.Has(area) && !DatastoreMoves.Explains(Kinds, area) && !(area == RiskArea.Schema && SchemaDropsOnlySeries)
        && !(area == RiskArea.Data && RebuildsIndexOnly);

    /// <remarks>A CDN purge the analysis reads as data ("the new prices") changes no stored data, nor does a Terraform
    /// package whose data items name no data store ("EKS now encrypts secrets at rest"); that only answers for the schema and data
    /// items (and a point of no return they state): an engine upgrade (also one a Terraform package's apply makes), an encrypted copy or a retention change still changes data. Read once per plan: every
    /// writer asks, and the cluster-only check reads the upgraded software from the items.</remarks>
    public bool ChangesData => _changesData ??= (((Has(RiskArea.Schema) || (Has(RiskArea.Data) && !DeployBot.Playbooks.Kinds.InfraPlaybook.PurgeOnly(this)) || NoWayBack is { OnData: true })
            && Package?.TouchesNoDataStore(Analysis.Items) is not true)
        || (Is(ChangeKind.Engine) && !DeployBot.Playbooks.Kinds.EnginePlaybook.UpgradesOnlyClusters(this)) || Is(ChangeKind.EncryptedCopy) || Is(ChangeKind.Retention)
        || Package?.UpgradesDataStoreEngine(Analysis.Items) is true
        || DeployBot.Playbooks.Kinds.DataUpgradeSteps.Of(this) is not null
        // A downtime the notes state is the new version changing the data as it starts: a snapshot comes before it.
        || StatedDowntime is not null || Recreates.Count > 0
        // The notes' own schema migration ("bin/rails db:migrate") changes the database: a snapshot comes right before it.
        || NotesCommands.Any(command => Prerequisites.IsSchemaMigration(command.Command)));

    public IReadOnlyList<ReleaseItem> Destructive => [.. Analysis.Destructive];

    /// <summary>
    /// What each destructive item does, in the notes' order (<see cref="DestructiveParts"/>), read once per plan; the rows an
    /// erasure job deletes are its own step (<see cref="ErasurePlaybook"/>), not a contract step, and what the new version now
    /// deletes that it used to refuse to ("Now databases will be dropped in any case") removes nothing of the release: it gets
    /// the protection step of <see cref="BehaviourDeletion"/>, not "remove every use of" it. A drop the notes' procedure asks the
    /// operator to recreate at once (<see cref="OperatorRecreate"/>), or to delete and restore from a backup (<see cref="RestoredFromBackup"/>), is one step of that procedure, not a contract step.
    /// </summary>
    public IReadOnlyList<DestructiveParts> PartsOfDestructive => _partsOfDestructive ??=
        [.. Destructive.Where(item => (Erasure is null || !ErasureJob.Covers(item)) && !WidenedDeletion.Covers(item, Analysis.Items) && !OperatorRecreate.Says(item) && Restored?.Covers(item, Notes) is not true).SelectMany(item => DestructiveParts.Each(item, Notes))];

    /// <summary>Every schema item only drops metric series (<see cref="MetricSeries.ExplainsSchema"/>), read once per plan: <see cref="Has"/> is asked for the schema area by many writers.</summary>
    private bool SchemaDropsOnlySeries => _schemaDropsOnlySeries ??= MetricSeries.ExplainsSchema(Analysis);

    /// <summary>The risky items, in the order of the notes: destructive ones and those with a risk area.</summary>
    public IReadOnlyList<ReleaseItem> RiskyItems => [.. Analysis.Items.Where(item => item.Destructive || item.Risks.Count > 0)];

    /// <summary>The items with a risk area (destructive ones only when asked for), for the step that acts on them.</summary>
    public IReadOnlyList<ReleaseItem> ItemsWith(RiskArea area, bool destructive = false) =>
        [.. Analysis.Items.Where(item => item.Risks.Contains(area) && (destructive || !item.Destructive))];

    /// <summary>Production with a release that touches data, schema, infrastructure, an engine or a public contract.</summary>
    public bool IsHighRisk =>
        IsProduction && (Analysis.Kind == ReleaseKind.Migration || ChangesData || Has(RiskArea.Infra) || Has(RiskArea.Breaking)
            || Is(ChangeKind.Auth) || Is(ChangeKind.Payments));

    /// <summary>Notes too thin to judge the risk: a few words, or only an issue number.</summary>
    public bool IsThin => ThinNotes.Matches(Notes);

    /// <summary>The release's own words: the linked release's text, or the notes as typed.</summary>
    public string Notes => Input.Release?.Text ?? Input.Request.Notes;

    /// <summary>The command the notes give for their data migration (<see cref="StatedCommands"/>), read once per plan.</summary>
    public StatedCommands? StatedMigration => _statedMigration.Get(this, static facts => StatedCommands.DataMigration(facts.Analysis));

    /// <summary>What the notes ask the operator to do by hand (<see cref="Changes.OperatorActions"/>), read once per plan.</summary>
    public IReadOnlyList<OperatorActions> OperatorActions => _operatorActions ??= Changes.OperatorActions.Of(Analysis, Notes, StatedMigration?.Command);

    /// <summary>The node pools the notes create and retire (<see cref="NodePoolChange"/>), read once per plan.</summary>
    public NodePoolChange? NodePools => _nodePools.Get(this, static facts => NodePoolChange.Read(facts.Notes));

    /// <summary>The provider, module or chart the notes are the changelog of (<see cref="PackagedRelease"/>), read once per plan; null for an application.</summary>
    public PackagedRelease? Package => Shape.Package;

    /// <summary>The second installation the notes' upgrade path stands up beside the running one (<see cref="ParallelInstance"/>); null for an in-place upgrade.</summary>
    public ParallelInstance? Parallel => Shape.Parallel;

    /// <summary>The retention that starts deleting history (<see cref="RetentionDeletion"/>), read once per plan; null unless that is a change.</summary>
    public RetentionDeletion? Retention => Is(ChangeKind.Retention) ? Shape.Retention : null;

    private ReleaseShape Shape { get; init; } = new(null, null, null);

    /// <summary>The resource settings the notes change (<see cref="ResourceChange"/>), read once per plan.</summary>
    public IReadOnlyList<ResourceChange> Resources => _resources ??= ResourceChange.Read(Notes);

    /// <summary>The database the notes copy encrypted and swap in (<see cref="Changes.EncryptedCopy"/>), read once per plan; null unless that is the change.</summary>
    public EncryptedCopy? EncryptedCopy => Is(ChangeKind.EncryptedCopy) ? _encryptedCopy ??= Changes.EncryptedCopy.Read(Notes) : null;

    /// <summary>The cache moved to another engine (<see cref="CacheEngineChange"/>), read once per plan; null unless that is the change.</summary>
    public CacheEngineChange? CacheEngine => Is(ChangeKind.CacheEngine) ? _cacheEngine ??= CacheEngineChange.Read(Notes) : null;

    /// <summary>Search moved to another cluster (<see cref="Changes.SearchMigration"/>), read once per plan; null unless that is the change.</summary>
    public SearchMigration? SearchMigration => Is(ChangeKind.SearchMigration) ? _searchMigration ??= Changes.SearchMigration.Read(Notes) : null;

    /// <summary>The personal-data erasure the notes run (<see cref="ErasureJob"/>), read once per plan; null unless that is the change.</summary>
    public ErasureJob? Erasure => Is(ChangeKind.Erasure) ? _erasure ??= ErasureJob.Read(Notes) : null;

    /// <summary>The point of no return the notes state (<see cref="StatedNoWayBack"/>), read once per plan.</summary>
    public StatedNoWayBack? NoWayBack => _noWayBack.Get(this, static facts => StatedNoWayBack.Read(facts.Notes));

    /// <summary>The default the notes say changes (<see cref="Changes.ChangedDefault"/>), read once per plan.</summary>
    public ChangedDefault? ChangedDefault => _changedDefault.Get(this, static facts => Changes.ChangedDefault.Read(facts.Notes));

    /// <summary>The commands the notes give the operator to run (<see cref="Changes.NotesCommands"/>), read once per plan.</summary>
    public IReadOnlyList<Changes.NotesCommands> NotesCommands => _notesCommands ??= Changes.NotesCommands.Read(Notes);

    /// <summary>The command-line flags the notes rename (<see cref="Changes.RenamedOptions"/>), read once per plan.</summary>
    public IReadOnlyList<Changes.RenamedOptions> RenamedOptions => _renamedOptions ??= Changes.RenamedOptions.Read(Notes);

    /// <summary>The keys the notes say to change only once the new version runs (<see cref="Changes.LaterKeys"/>), read once per plan.</summary>
    public IReadOnlyList<string> KeysAfterRollout => _keysAfterRollout ??= LaterKeys.Of(Names.Keys, Analysis);

    /// <summary>
    /// The keys and config files the config steps name ("`JWT_SIGNING_KID` and `identity/jwks-prod.json`", else which lines of
    /// the notes), read once per plan: the steps, checks, verification and rollback all name them.
    /// </summary>
    public string ConfigNames => _configNames ??= ConfigPlaybook.Keys(this);

    /// <summary><see cref="ConfigNames"/> without <see cref="KeysAfterRollout"/>: what is applied before the rollout.</summary>
    public string ConfigNamesBeforeRollout => _configNamesBeforeRollout ??= ConfigPlaybook.Keys(this, KeysAfterRollout);

    private IReadOnlyList<string>? _keysAfterRollout;
    private bool? _schemaDropsOnlySeries;
    private string? _configNames;
    private string? _configNamesBeforeRollout;
    private IReadOnlyList<Changes.NotesCommands>? _notesCommands;
    private IReadOnlyList<Changes.RenamedOptions>? _renamedOptions;
    private ReadOnce<StatedNoWayBack> _noWayBack;
    private ReadOnce<ChangedDefault> _changedDefault;
    private ErasureJob? _erasure;
    private EncryptedCopy? _encryptedCopy;
    private CacheEngineChange? _cacheEngine;
    private SearchMigration? _searchMigration;
    private ReadOnce<NodePoolChange> _nodePools;
    private IReadOnlyList<ResourceChange>? _resources;
    private ReadOnce<StatedCommands> _statedMigration;
    private IReadOnlyList<OperatorActions>? _operatorActions;
    private IReadOnlyList<DestructiveParts>? _partsOfDestructive;

    private bool? _changesData;
    private ReadOnce<string> _flagInNotes;

    /// <summary>A value read from the notes the first time it is asked for, null included (a null is not read again).</summary>
    private struct ReadOnce<T>
        where T : class
    {
        private T? _value;
        private bool _read;

        public T? Get(PlanFacts facts, Func<PlanFacts, T?> read)
        {
            if (!_read)
            {
                (_value, _read) = (read(facts), true);
            }

            return _value;
        }
    }
}
