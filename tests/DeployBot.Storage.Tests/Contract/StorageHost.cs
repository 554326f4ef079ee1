using DeployBot.Core.Storage;
using DeployBot.Storage.Database;
using DeployBot.Storage.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DeployBot.Storage.Tests.Contract;

/// <summary>
/// The storage services as the real host composes them (<c>AddDeployBotStorage</c>), not started, so the first store
/// call has to migrate on its own. Two instances over one database behave like two replicas (separate pools).
/// </summary>
internal sealed class StorageHost : IAsyncDisposable
{
    private readonly IHost _host;

    public StorageHost(string provider, string connectionString, FakeTimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddDeployBotStorage();
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public IPendingRequestStore Pending => Get<IPendingRequestStore>();

    public IPlanStore Plans => Get<IPlanStore>();

    public IJobQueue Jobs => Get<IJobQueue>();

    public JobQueue JobQueue => (JobQueue)Jobs;

    public IDeliveryDeduplicator Deliveries => Get<IDeliveryDeduplicator>();

    public IAuditLog Audit => Get<IAuditLog>();

    public IStorageHealth Health => Get<IStorageHealth>();

    public StorageDatabase Database => Get<StorageDatabase>();

    public Task StartAsync(CancellationToken cancellationToken) => _host.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }

    private T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();
}
