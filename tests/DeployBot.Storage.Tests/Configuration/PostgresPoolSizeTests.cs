using DeployBot.Storage.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeployBot.Storage.Tests.Configuration;

/// <summary>
/// How many connections one replica may open on PostgreSQL: Npgsql's own default (100) is a default server's whole
/// max_connections, so a busy replica was refused with "too many clients already". No server is needed: nothing connects.
/// </summary>
public sealed class PostgresPoolSizeTests
{
    [Fact]
    public void MaxPoolSize_ConnectionStringSaysNothing_KeepsThreeReplicasWithinADefaultServer()
    {
        using var database = new PostgresDatabase("Host=db;Username=deploybot;Password=secret;Database=deploybot", TimeProvider.System, NullLogger<StorageDatabase>.Instance);

        Assert.Equal(PostgresDatabase.DefaultMaxPoolSize, database.MaxPoolSize);
        Assert.True(3 * database.MaxPoolSize < 100);
    }

    [Theory]
    [InlineData("Host=db;Database=deploybot;Maximum Pool Size=80")]
    [InlineData("Host=db;Database=deploybot;MaxPoolSize=80")]
    public void MaxPoolSize_SetInTheConnectionString_IsKept(string connectionString)
    {
        using var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance);

        Assert.Equal(80, database.MaxPoolSize);
    }
}
