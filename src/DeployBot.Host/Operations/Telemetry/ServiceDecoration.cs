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

            var create = Creator(original);
            services[index] = ServiceDescriptor.Describe(
                typeof(TService),
                provider => decorate(provider, (TService)create(provider)),
                original.Lifetime);
        }

        return services;
    }

    /// <summary>
    /// How the original registration makes its instance. For a type, the constructor is matched once here rather than on
    /// every resolve: a scoped service (the engine) is resolved for every request.
    /// </summary>
    private static Func<IServiceProvider, object> Creator(ServiceDescriptor original)
    {
        if (original.ImplementationInstance is { } instance)
        {
            return _ => instance;
        }

        if (original.ImplementationFactory is { } factory)
        {
            return factory;
        }

        var construct = ActivatorUtilities.CreateFactory(original.ImplementationType!, Type.EmptyTypes);
        return provider => construct(provider, arguments: null);
    }
}
