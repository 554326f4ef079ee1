
namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class PlanningHostingExtensions
{
    /// <summary>The planner (model through Semantic Kernel with Polly, or offline) and the thread assistant.</summary>
    public static IHostApplicationBuilder AddDeploymentPlanning(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
