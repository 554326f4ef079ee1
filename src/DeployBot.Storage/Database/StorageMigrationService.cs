using Microsoft.Extensions.Hosting;

namespace DeployBot.Storage.Database;

/// <summary>Migrates the schema while the host starts, so a broken database fails the start rather than the first request.</summary>
internal sealed class StorageMigrationService(StorageDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
