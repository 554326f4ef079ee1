using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>The readings of the notes' upgrade procedure and broker, each read once per plan: several writers ask for each.</summary>
internal sealed partial record PlanFacts
{
    /// <summary>The notes' messaging is a partitioned log, not a queue broker (<see cref="MessagingBroker.IsLog"/>), read once per plan.</summary>
    public bool IsLogBroker => _isLogBroker ??= MessagingBroker.IsLog(Notes);

    /// <summary>What the notes' upgrade procedure stops before the new version starts (<see cref="Changes.StopFirst"/>), read once per plan.</summary>
    public string? StopsFirst => StopFirst?.What;

    /// <summary>The notes' procedure that stops the old version first (<see cref="Changes.StopFirst"/>), with the number of its stop step, read once per plan.</summary>
    public StopFirst? StopFirst => _stopFirst.Get(this, static facts => Changes.StopFirst.Read(facts.Notes));

    /// <summary>The notes say the upgrade takes the service down (<see cref="Changes.StatedDowntime"/>), read once per plan.</summary>
    public StatedDowntime? StatedDowntime => _statedDowntime.Get(this, static facts => Changes.StatedDowntime.Read(facts.Notes));

    /// <summary>The notes say there is no in-place upgrade (<see cref="Changes.NoInPlaceUpgrade"/>), read once per plan.</summary>
    public NoInPlaceUpgrade? NoInPlace => _noInPlace.Get(this, static facts => Changes.NoInPlaceUpgrade.Read(facts.Notes));

    /// <summary>The notes' procedure that deletes the data and restores it from a backup (<see cref="Changes.RestoredFromBackup"/>), read once per plan.</summary>
    /// <remarks>Only in a procedure that stops the service first (<see cref="StopFirst"/>): nothing may write while the data is gone.</remarks>
    public RestoredFromBackup? Restored => _restored.Get(this, static facts => facts.StopFirst is null ? null : Changes.RestoredFromBackup.Read(facts.Notes));

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
    private ReadOnce<StopFirst> _stopFirst;
    private ReadOnce<NoInPlaceUpgrade> _noInPlace;
    private ReadOnce<RestoredFromBackup> _restored;
    private ReadOnce<VendorMigration> _vendorMigration;
}
