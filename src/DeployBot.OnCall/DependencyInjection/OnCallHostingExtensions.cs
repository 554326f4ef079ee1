using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.OnCall.Options;
using DeployBot.OnCall.Providers;
using DeployBot.OnCall.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class OnCallHostingExtensions
{
    /// <summary>
    /// On-call resolution per environment (<c>Environments:&lt;env&gt;:OnCall:Provider</c>): <c>Static</c>, <c>PagerDuty</c>
    /// or <c>Opsgenie</c>. Replaces Core's static <see cref="IOnCallResolver"/>; Slack users are found through the
    /// <see cref="IChatUserDirectory"/> the Slack channel registers. Bad settings fail at start, one line per problem.
    /// <code>builder.AddDeployBotCore().AddOnCallResolution();</code>
    /// </summary>
    public static IHostApplicationBuilder AddOnCallResolution(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PagerDutyOptions>().BindConfiguration(PagerDutyOptions.SectionName);
        services.AddOptions<OpsgenieOptions>().BindConfiguration(OpsgenieOptions.SectionName);
        services.AddEnvironmentSettings().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dictionary<string, EnvironmentOptions>>, OnCallConfigurationValidator>());

        AddProvider<PagerDutyClient, PagerDutyOptions>(services, "deploybot-pagerduty");
        AddProvider<OpsgenieClient, OpsgenieOptions>(services, "deploybot-opsgenie");

        services.TryAddSingleton<OnCallCache>();
        services.TryAddTransient<ChatMapper>();
        services.TryAddTransient<HandoverFinder>();
        services.RemoveAll<IOnCallResolver>();
        services.AddTransient<IOnCallResolver, PagingOnCallResolver>();
        return builder;
    }

    /// <summary>Largest answer read from a paging tool; schedules and on-call lists are far smaller.</summary>
    internal const int MaxResponseBytes = 4 * 1024 * 1024;

    private static void AddProvider<TClient, TOptions>(IServiceCollection services, string pipeline)
        where TClient : class, IOnCallProvider
        where TOptions : OnCallProviderOptions
    {
        // The only retry layer on this call path: HttpClient's own timeout is off, and the resolver never retries.
        services.AddHttpClient<TClient>((provider, client) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<TOptions>>().Value.ApiBaseUrl.Trim();
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = MaxResponseBytes; // a hostile or broken API cannot fill memory
            })
            .AddResilienceHandler(pipeline, (pipelineBuilder, context) =>
                ProviderResilience.Configure(pipelineBuilder, context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value, pipeline));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOnCallProvider, TClient>(provider => provider.GetRequiredService<TClient>()));
    }
}
