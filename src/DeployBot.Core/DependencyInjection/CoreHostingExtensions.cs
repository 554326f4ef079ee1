
namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class CoreHostingExtensions
{
    /// <summary>Environments, the conversation engine, policy and the background job worker.</summary>
    public static IHostApplicationBuilder AddDeployBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
