namespace DeployBot.Benchmarks.Load.Stores;

/// <summary>
/// The database one DeployBot run records into, fresh for the run: how the host is pointed at it, how many plans it
/// holds (every acknowledged command is a plan row before its answer is sent), and its durability settings.
/// </summary>
internal interface IBenchStore : IAsyncDisposable
{
    /// <summary>SQLite or PostgreSQL, for the report.</summary>
    string Name { get; }

    /// <summary>The host's <c>Storage:Provider</c>.</summary>
    string Provider { get; }

    /// <summary>The host's <c>Storage:ConnectionString</c>.</summary>
    string ConnectionString { get; }

    Task<long> PlanCountAsync(CancellationToken cancellationToken);

    /// <summary>The settings that decide whether an acknowledged request survives a power cut.</summary>
    Task<string> DurabilityAsync(CancellationToken cancellationToken);
}
