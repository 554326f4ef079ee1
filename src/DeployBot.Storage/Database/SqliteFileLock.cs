namespace DeployBot.Storage.Database;

/// <summary>
/// This host's claim on its SQLite database: a lock file beside it, opened without sharing (an OS lock, released by the
/// kernel when the process dies, even by <c>kill -9</c>). SQLite is one host by design; holding the file alone is what
/// lets a restarted host take back the jobs of its previous run at once instead of waiting for their leases. Hosts in
/// one process (tests run several) share the process's lock; only the first of them takes jobs back.
/// </summary>
internal sealed class SqliteFileLock : IDisposable
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (FileStream File, int Holders)> Held = new(StringComparer.Ordinal);
    private readonly string _path;
    private int _released;

    private SqliteFileLock(string path, bool shared)
    {
        _path = path;
        SharedInProcess = shared;
    }

    /// <summary>True when another host of this process already held the file: its jobs are not a previous run's.</summary>
    public bool SharedInProcess { get; }

    /// <summary>Takes the lock on <paramref name="databaseFile"/>, or throws <see cref="StorageInUseException"/> when another process holds it.</summary>
    public static SqliteFileLock Acquire(string databaseFile)
    {
        var path = databaseFile + ".lock";
        lock (Gate)
        {
            if (Held.TryGetValue(path, out var held))
            {
                Held[path] = (held.File, held.Holders + 1);
                return new SqliteFileLock(path, shared: true);
            }

            Held[path] = (Open(databaseFile, path), 1);
            return new SqliteFileLock(path, shared: false);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        lock (Gate)
        {
            var (file, holders) = Held[_path];
            if (holders > 1)
            {
                Held[_path] = (file, holders - 1);
                return;
            }

            Held.Remove(_path);
            file.Dispose();
        }
    }

    private static FileStream Open(string databaseFile, string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StorageInUseException(
                $"the SQLite database {databaseFile} is in use by another DeployBot host (it holds {Path.GetFileName(path)}); "
                + "SQLite serves one host: stop the other one, point Storage:ConnectionString at another file, or use Storage:Provider=Postgres for several replicas.",
                exception);
        }
    }
}
