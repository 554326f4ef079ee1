using DeployBot.Storage.Configuration;

namespace DeployBot.Storage.Tests.Configuration;

public sealed class StorageOptionsValidatorTests
{
    [Theory]
    [InlineData("Sqlite", null)]
    [InlineData("sqlite", "Data Source=/var/lib/deploybot/deploybot.db")]
    [InlineData("Postgres", "Host=db;Username=deploybot;Password=secret;Database=deploybot")]
    [InlineData("postgresql", "Host=db;Database=deploybot")]
    public void Validate_SupportedSetup_Succeeds(string provider, string? connectionString)
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_UnknownProvider_NamesTheSettingAndTheChoices()
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = "Oracle" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Provider is 'Oracle'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_PostgresWithoutConnectionString_AsksForIt(string? connectionString)
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is empty", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=deploybot;Mode=Memory;Cache=Shared")]
    public void Validate_SqliteInMemory_RefusedBecauseNothingWouldSurviveARestart(string connectionString)
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = "Sqlite", ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("needs a file", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SqliteBlankConnectionString_UsesTheDefaultFile()
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = "Sqlite", ConnectionString = " " });

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("Data Source=data/deploybot.db", StorageProviders.SqliteConnectionString(" "));
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsWithoutEchoingIt()
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Host=db;Password='unterminated" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("unterminated", result.FailureMessage, StringComparison.Ordinal);
    }

    private static StorageOptionsValidator CreateSut() => new();
}
