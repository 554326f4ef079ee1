namespace DeployBot.Storage.Database;

/// <summary>SQLite: a write transaction (<c>BEGIN IMMEDIATE</c>) already holds the only write lock, so no row locks are needed.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public string IdentityPrimaryKey => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public string LockRow => "";

    public string SkipLockedRows => "";

    public string? MigrationLock => null;
}
