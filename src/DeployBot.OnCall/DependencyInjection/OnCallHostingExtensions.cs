
namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class OnCallHostingExtensions
{
    /// <summary>On-call resolution per environment: static, PagerDuty or Opsgenie.</summary>
    public static IHostApplicationBuilder AddOnCallResolution(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
