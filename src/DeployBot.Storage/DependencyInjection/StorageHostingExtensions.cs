using DeployBot.Core.Health;
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
    /// <summary>SQLite (default) or PostgreSQL stores, migrations at start (retried until the database answers), the durable job queue.</summary>
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
        services.TryAddSingleton<JobQueue>();
        services.TryAddSingleton<IJobQueue>(provider => provider.GetRequiredService<JobQueue>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupWarmUp, AdmissionWarmUp>());
        services.TryAddSingleton<IDeliveryDeduplicator, DeliveryDeduplicator>();
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddSingleton<IStorageHealth, StorageHealth>();
        // First of all hosted services, whatever the order of AddXyz calls: a SQLite file held by another host must stop
        // this one before its job worker claims anything from that file.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartup>());
        return builder;
    }
}
