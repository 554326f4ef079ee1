using DeployBot.Core.Storage;
using DeployBot.Storage.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeployBot.Storage.Tests.Configuration;

public sealed class StorageHostingExtensionsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_UnknownProvider_FailsWithClearMessage()
    {
        using var host = CreateHost(new() { ["Storage:Provider"] = "Mongo" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Cancel));

        Assert.Contains("Storage:Provider is 'Mongo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PostgresWithoutConnectionString_FailsWithClearMessage()
    {
        using var host = CreateHost(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Cancel));

        Assert.Contains("Storage:ConnectionString is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDeployBotStorage_Default_RegistersEveryStoreAsSingletonOnSqlite()
    {
        using var host = CreateHost(new() { ["Storage:ConnectionString"] = $"Data Source={TempFile()}" });
        var services = host.Services;

        Assert.Same(services.GetRequiredService<IJobQueue>(), services.GetRequiredService<IJobQueue>());
        Assert.NotNull(services.GetRequiredService<IPendingRequestStore>());
        Assert.NotNull(services.GetRequiredService<IPlanStore>());
        Assert.NotNull(services.GetRequiredService<IDeliveryDeduplicator>());
        Assert.NotNull(services.GetRequiredService<IAuditLog>());
        Assert.NotNull(services.GetRequiredService<IStorageHealth>());
        Assert.IsType<SqliteDatabase>(services.GetRequiredService<StorageDatabase>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task StartAsync_RelativeSqlitePath_CreatesTheFileUnderTheCurrentDirectory()
    {
        var top = $"store-test-{Guid.NewGuid():N}";
        var relative = Path.Combine(top, "data", "deploybot.db");
        using var host = CreateHost(new() { ["Storage:ConnectionString"] = $"Data Source={relative}" });

        await host.StartAsync(Cancel);
        var reachable = await host.Services.GetRequiredService<IStorageHealth>().IsReachableAsync(Cancel);
        await host.StopAsync(Cancel);

        Assert.True(reachable);
        Assert.True(File.Exists(Path.GetFullPath(relative)));
        await ((IAsyncDisposable)host).DisposeAsync();
        Directory.Delete(Path.GetFullPath(top), recursive: true);
    }

    [Fact]
    public async Task IsReachableAsync_SqliteFileCannotBeOpened_ReturnsFalse()
    {
        var directory = Directory.CreateTempSubdirectory("deploybot-store-").FullName;
        using var host = CreateHost(new() { ["Storage:ConnectionString"] = $"Data Source={directory}" });

        var reachable = await host.Services.GetRequiredService<IStorageHealth>().IsReachableAsync(Cancel);

        Assert.False(reachable);
        Directory.Delete(directory);
    }

    [Fact]
    public async Task StartAsync_PostgresNotListening_StartsAnywayAndNamesTheErrorWithoutThePassword()
    {
        using var host = CreateHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=deploybot;Password=hidden-pw-31;Database=deploybot;Timeout=2",
        });

        await host.StartAsync(Cancel);
        var health = host.Services.GetRequiredService<IStorageHealth>();
        var problem = await health.FindProblemAsync(Cancel);
        await host.StopAsync(Cancel);

        Assert.Equal("PostgreSQL", health.Engine);
        Assert.NotNull(problem);
        Assert.Contains("127.0.0.1:1", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-pw-31", problem, StringComparison.Ordinal);
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), "deploybot-store-tests", Guid.NewGuid().ToString("N"), "deploybot.db");

    private static IHost CreateHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddDeployBotStorage();
        return builder.Build();
    }
}
