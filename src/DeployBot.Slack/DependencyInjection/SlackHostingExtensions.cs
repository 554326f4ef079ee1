using DeployBot.Core.Platforms;
using DeployBot.Slack;
using DeployBot.Slack.Api;
using DeployBot.Slack.Handlers;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class SlackHostingExtensions
{
    /// <summary>
    /// Slack over HTTP: the Web API client with its one resilience pipeline, the <c>slack</c> <see cref="IChatPlatform"/>,
    /// the user directory and the request handlers. <c>Slack:SigningSecret</c> and <c>Slack:BotToken</c> come together
    /// (one without the other fails at start); without them the endpoints are not mapped and nothing calls Slack.
    /// <code>builder.AddSlackChannel();</code>
    /// </summary>
    public static IHostApplicationBuilder AddSlackChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        // Registered whatever the configuration says at this point: hosts and tests may add configuration until Build(),
        // so whether Slack is on is decided from the final options when the endpoints are mapped.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SlackSignatureVerifier>();
        // The only retry layer on this call path: HttpClient itself never retries, and nothing wraps these calls in another.
        services.AddHttpClient<SlackApiClient>((provider, client) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(SlackResilience.PipelineName, SlackResilience.Configure);
        services.AddSingleton<SlackBotIdentity>();
        services.AddTransient<SlackRequesterMessenger>();
        services.AddTransient<SlackChatPlatform>();
        services.AddTransient<IChatPlatform>(provider => provider.GetRequiredService<SlackChatPlatform>());
        services.AddTransient<IChatUserDirectory, SlackUserDirectory>();
        services.AddSingleton<SlackFollowUps>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackFollowUps>());
        services.AddScoped<SlashCommandHandler>();
        services.AddScoped<InteractivityHandler>();
        services.AddScoped<EventsHandler>();
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>/slack/interactivity</c> and <c>/slack/events</c> when Slack is configured;
    /// otherwise maps nothing, so those paths answer 404 rather than accept unsigned requests.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.SigningSecret) && !string.IsNullOrWhiteSpace(options.BotToken))
        {
            SlackEndpoints.Map(endpoints);
        }

        return endpoints;
    }
}
