namespace DeployBot.Storage;

/// <summary>The configured storage is held by another host (a SQLite file serves one host): the host must not start.</summary>
public sealed class StorageInUseException : Exception
{
    public StorageInUseException()
    {
    }

    public StorageInUseException(string message)
        : base(message)
    {
    }

    public StorageInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
