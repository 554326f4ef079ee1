namespace DeployBot.Benchmarks.Load.Stores;

/// <summary>A fresh SQLite file in a temporary folder, deleted with the folder at the end.</summary>
internal sealed class SqliteStore : IBenchStore
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "deploybot-load", Guid.NewGuid().ToString("N"));

    public SqliteStore() => Directory.CreateDirectory(_folder);

    public string Name => "SQLite";

    public string Provider => "Sqlite";

    public string Database => Path.Combine(_folder, "deploybot.db");

    public string ConnectionString => $"Data Source={Database}";

    public Task<long> PlanCountAsync(CancellationToken cancellationToken) => SqliteProbe.PlanCountAsync(Database, cancellationToken);

    public Task<string> DurabilityAsync(CancellationToken cancellationToken) => SqliteProbe.SynchronousAsync(Database, cancellationToken);

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
