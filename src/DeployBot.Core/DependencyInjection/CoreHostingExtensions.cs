using DeployBot.Core.Conversations;
using DeployBot.Core.DependencyInjection;
using DeployBot.Core.Environments;
using DeployBot.Core.Health;
using DeployBot.Core.Jobs;
using DeployBot.Core.Platforms;
using DeployBot.Core.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class CoreHostingExtensions
{
    /// <summary>Environments, the conversation engine, policy and the background job worker.</summary>
    /// <example>
    /// <code>
    /// builder.AddDeployBotCore().AddDeployBotStorage();
    /// // in an adapter endpoint: var reply = await engine.StartAsync(new StartRequest(requester, text, deliveryId), ct);
    /// </code>
    /// </example>
    /// <remarks>
    /// Needs an <see cref="DeployBot.Core.Storage.IJobQueue"/>, the other Core.Storage stores, an
    /// <see cref="DeployBot.Core.Planning.IDeploymentPlanner"/>, an <see cref="DeployBot.Core.Planning.IRollbackPlanner"/>, an
    /// <see cref="DeployBot.Core.Planning.IPlanAssistant"/> and one
    /// <see cref="IChatPlatform"/> per enabled platform from the other projects. <see cref="IConversationEngine"/> is scoped:
    /// resolve it from the request's services.
    /// </remarks>
    public static IHostApplicationBuilder AddDeployBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddEnvironmentSettings();
        services.AddOptions<DeploymentOptions>().BindConfiguration(DeploymentOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeploymentOptions>, DeploymentSettingsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dictionary<string, EnvironmentOptions>>, DeploymentSettingsValidator>());
        services.TryAddSingleton<EnvironmentCatalog>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // The on-call engineer's AddOnCallResolution may replace this with PagerDuty/Opsgenie-aware resolution.
        services.TryAddSingleton<IOnCallResolver, StaticOnCallResolver>();

        AddEngine(services);
        AddWorker(services);
        return builder;
    }

    private static void AddEngine(IServiceCollection services)
    {
        services.TryAddScoped<IConversationEngine, ConversationEngine>();
        services.TryAddScoped(typeof(Deferred<>));
        services.TryAddScoped<PlanRequestAcceptor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupWarmUp, CommandWarmUp>());
        services.TryAddScoped<ThreadFollowUps>();
        services.TryAddScoped<PlanButtons>();
        services.TryAddScoped<RollbackRequests>();
        services.TryAddScoped<ChecklistTicks>();
        services.TryAddScoped<PlanActionPolicy>();
        services.TryAddSingleton<ModelBudget>();
        services.TryAddScoped<PlanRateLimit>();
        services.TryAddScoped<JobSubmitter>();
        services.TryAddSingleton<ParameterFormBuilder>();
    }

    private static void AddWorker(IServiceCollection services)
    {
        services.TryAddSingleton<JobSignal>();
        services.TryAddSingleton<FrontDoorTraffic>();
        services.TryAddSingleton<ChannelPostingOrder>();
        services.TryAddSingleton<ClaimsInFlight>();
        services.TryAddSingleton<JobProcessor>();
        services.TryAddScoped<PlanJobContext>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, GeneratePlanHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, RegeneratePlanHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, RevisePlanHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, AnswerQuestionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, RefreshPostHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPlanJobHandler, RollbackPlanHandler>());
        services.AddHostedService<PlanJobWorker>();
    }
}
