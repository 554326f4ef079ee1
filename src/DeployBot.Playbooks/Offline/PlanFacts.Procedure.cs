using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>The readings of the notes' upgrade procedure and broker, each read once per plan: several writers ask for each.</summary>
internal sealed partial record PlanFacts
{
    /// <summary>The notes' messaging is a partitioned log, not a queue broker (<see cref="MessagingBroker.IsLog"/>), read once per plan.</summary>
    public bool IsLogBroker => _isLogBroker ??= MessagingBroker.IsLog(Notes);

    /// <summary>What the notes' upgrade procedure stops before the new version starts (<see cref="Changes.StopFirst"/>), read once per plan.</summary>
    public string? StopsFirst => _stopsFirst.Get(this, static facts => Changes.StopFirst.Read(facts.Notes));

    /// <summary>The notes say the upgrade takes the service down (<see cref="Changes.StatedDowntime"/>), read once per plan.</summary>
    public StatedDowntime? StatedDowntime => _statedDowntime.Get(this, static facts => Changes.StatedDowntime.Read(facts.Notes));

    /// <summary>The version the notes allow the upgrade only from (<see cref="Changes.SteppingStone"/>), read once per plan.</summary>
    public SteppingStone? SteppingStone => _steppingStone.Get(this, static facts => Changes.SteppingStone.Read(facts.Notes));

    /// <summary>The long-running worker the notes move work to (<see cref="Changes.QueueWorker"/>), read once per plan.</summary>
    public QueueWorker? Worker => _worker.Get(this, static facts => Changes.QueueWorker.Read(facts.Notes));

    /// <summary>The vendor's own migration command the notes give (<see cref="Changes.VendorMigration"/>), read once per plan.</summary>
    public VendorMigration? VendorMigration => _vendorMigration.Get(this, static facts => Changes.VendorMigration.Read(facts.Notes));

    /// <summary>What the notes' procedure drops and recreates (<see cref="OperatorRecreate"/>), read once per plan.</summary>
    public IReadOnlyList<OperatorRecreate> Recreates => _recreates ??= OperatorRecreate.Of(Analysis, Notes);

    private bool? _isLogBroker;
    private ReadOnce<SteppingStone> _steppingStone;
    private ReadOnce<QueueWorker> _worker;
    private IReadOnlyList<OperatorRecreate>? _recreates;
    private ReadOnce<StatedDowntime> _statedDowntime;
    private ReadOnce<string> _stopsFirst;
    private ReadOnce<VendorMigration> _vendorMigration;
}
