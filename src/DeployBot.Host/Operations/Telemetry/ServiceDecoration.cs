namespace DeployBot.Host.Operations.Telemetry;

/// <summary>
/// Wraps every registration of a service in a decorator, keeping its lifetime. The composition root uses it to count
/// what crosses a Core contract (engine, planner, chat platforms) without each project repeating the counting.
/// </summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        for (var index = 0; index < services.Count; index++)
        {
            var original = services[index];
            if (original.ServiceType != typeof(TService) || original.IsKeyedService)
            {
                continue;
            }

            services[index] = ServiceDescriptor.Describe(
                typeof(TService),
                provider => decorate(provider, (TService)Create(provider, original)),
                original.Lifetime);
        }

        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor original) =>
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
}
