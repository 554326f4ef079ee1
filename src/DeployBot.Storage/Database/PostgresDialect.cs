namespace DeployBot.Storage.Database;

/// <summary>PostgreSQL: row locks, <c>SKIP LOCKED</c> for the job queue, and a transaction-scoped advisory lock for migrations.</summary>
internal sealed class PostgresDialect : ISqlDialect
{
    /// <summary>An arbitrary constant identifying "DeployBot is migrating this database" (advisory locks are per database).</summary>
    private const long MigrationLockKey = 0x44_65_70_6C_6F_79_42_74;

    public static PostgresDialect Instance { get; } = new();

    public string IdentityPrimaryKey => "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public string LockRow => " FOR UPDATE";

    public string SkipLockedRows => " FOR UPDATE SKIP LOCKED";

    public string? MigrationLock => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
}
