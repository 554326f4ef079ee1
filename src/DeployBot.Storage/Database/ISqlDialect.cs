namespace DeployBot.Storage.Database;

/// <summary>
/// The few places where SQLite and PostgreSQL SQL differ. Everything else (upserts with <c>ON CONFLICT</c>,
/// <c>RETURNING</c>, epoch-millisecond <c>bigint</c> times, JSON in <c>text</c>) is written once and runs on both.
/// </summary>
internal interface ISqlDialect
{
    /// <summary>The column definition of an auto-numbered primary key.</summary>
    string IdentityPrimaryKey { get; }

    /// <summary>Appended to a <c>SELECT</c> that must lock its row until the transaction ends.</summary>
    string LockRow { get; }

    /// <summary>Appended to the claim's <c>SELECT</c> so concurrent claimers pass over each other's rows.</summary>
    string SkipLockedRows { get; }

    /// <summary>Run first in the migration transaction so two starting replicas migrate one after the other, or null.</summary>
    string? MigrationLock { get; }
}
