namespace DeployBot.Storage.Configuration;

/// <summary>The <c>Storage</c> section: which engine holds DeployBot's durable state, and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProviders.Sqlite"/> (default) or <see cref="StorageProviders.Postgres"/>.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>An ADO.NET connection string for the provider. SQLite defaults to <see cref="StorageProviders.DefaultSqliteConnectionString"/>;
    /// PostgreSQL needs one (<c>Host=…;Port=5432;Username=…;Password=…;Database=…</c>).</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>The storage engines DeployBot speaks.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>A file under <c>./data/</c>, relative to the current directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/deploybot.db";

    /// <summary>The configured SQLite connection string, or the default when none (or a blank one) is set.</summary>
    public static string SqliteConnectionString(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnectionString : configured;

    public static bool IsSqlite(string? provider) => string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres(string? provider) =>
        string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
