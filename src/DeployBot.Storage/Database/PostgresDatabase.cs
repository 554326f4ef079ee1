using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeployBot.Storage.Database;

/// <summary>PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>, shared by every store in the process.</summary>
internal sealed class PostgresDatabase : StorageDatabase
{
    private const int DefaultMaxAutoPrepare = 32;

    /// <summary>
    /// Connections one replica opens at most unless the connection string says: Npgsql's own default (100) equals a
    /// default server's <c>max_connections</c>, so one busy replica (64 job lanes and the front door) got "too many
    /// clients already" from PostgreSQL, and two could never fit. Thirty keep three replicas within a default server;
    /// a writer waits for a free connection instead of failing.
    /// </summary>
    internal const int DefaultMaxPoolSize = 30;

    /// <summary>The two spellings Npgsql accepts for the pool size (others are refused when the string is parsed).</summary>
    private static readonly string[] PoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    private readonly NpgsqlDataSource _dataSource;
    private readonly string? _password;

    public PostgresDatabase(string connectionString, TimeProvider time, ILogger<StorageDatabase> logger)
        : base(PostgresDialect.Instance, time, logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "deploybot";
        _password = string.IsNullOrEmpty(builder.Password) ? null : builder.Password;

        // Statements used again and again (recording a request, claiming a job) are prepared once per physical
        // connection by Npgsql, unless the connection string says otherwise (a transaction-mode pooler, say).
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!PoolSizeKeywords.Any(keyword => connectionString.Contains(keyword, StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        MaxPoolSize = builder.MaxPoolSize;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string EngineName => "PostgreSQL";

    /// <summary>The most connections this replica opens (<see cref="DefaultMaxPoolSize"/> unless the connection string says).</summary>
    internal int MaxPoolSize { get; }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);

    protected override string Redact(string text) =>
        _password is null ? text : text.Replace(_password, "***", StringComparison.Ordinal);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
