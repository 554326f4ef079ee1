using DeployBot.Core.Storage;
using DeployBot.Storage.Configuration;
using DeployBot.Storage.Database;
using DeployBot.Storage.Jobs;
using DeployBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class StorageHostingExtensions
{
    /// <summary>SQLite (default) or PostgreSQL stores, migrations at start, the durable job queue.</summary>
    /// <example>
    /// <code>
    /// // appsettings.json: "Storage": { "Provider": "Postgres", "ConnectionString": "Host=db;Username=deploybot;Password=…;Database=deploybot" }
    /// builder.AddDeployBotStorage();
    /// </code>
    /// </example>
    public static IHostApplicationBuilder AddDeployBotStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(StorageDatabaseFactory.Create);
        services.TryAddSingleton<IPendingRequestStore, PendingRequestStore>();
        services.TryAddSingleton<IPlanStore, PlanStore>();
        services.TryAddSingleton<IChecklistStore, ChecklistStore>();
        services.TryAddSingleton<IJobQueue, JobQueue>();
        services.TryAddSingleton<IDeliveryDeduplicator, DeliveryDeduplicator>();
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddSingleton<IStorageHealth, StorageHealth>();
        services.AddHostedService<StorageMigrationService>();
        return builder;
    }
}
