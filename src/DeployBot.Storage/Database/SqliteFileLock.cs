namespace DeployBot.Storage.Database;

/// <summary>
/// This host's claim on its SQLite database: a lock file beside it, opened without sharing (an OS lock, released by the
/// kernel when the process dies, even by <c>kill -9</c>). SQLite is one host by design; holding the file alone is what
/// lets a restarted host take back the jobs of its previous run at once instead of waiting for their leases.
/// </summary>
internal sealed class SqliteFileLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteFileLock(FileStream file) => _file = file;

    /// <summary>Takes the lock on <paramref name="databaseFile"/>, or throws <see cref="StorageInUseException"/> when another host holds it.</summary>
    public static SqliteFileLock Acquire(string databaseFile)
    {
        var path = databaseFile + ".lock";
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            return new SqliteFileLock(file);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StorageInUseException(
                $"the SQLite database {databaseFile} is in use by another DeployBot host (it holds {Path.GetFileName(path)}); "
                + "SQLite serves one host: stop the other one, point Storage:ConnectionString at another file, or use Storage:Provider=Postgres for several replicas.",
                exception);
        }
    }

    public void Dispose() => _file.Dispose();
}
