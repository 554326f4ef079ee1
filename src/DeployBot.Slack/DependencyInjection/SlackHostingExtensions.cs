using DeployBot.Core.DependencyInjection;
using DeployBot.Core.Health;
using DeployBot.Core.Platforms;
using DeployBot.Slack;
using DeployBot.Slack.Api;
using DeployBot.Slack.Handlers;
using DeployBot.Slack.Platform;
using DeployBot.Slack.Rendering;
using DeployBot.Slack.Security;
using DeployBot.Slack.SocketMode;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class SlackHostingExtensions
{
    /// <summary>
    /// Slack: the Web API client with its one resilience pipeline, the <c>slack</c> <see cref="IChatPlatform"/>, the user
    /// directory and the request handlers, shared by both transports. Over HTTP <c>Slack:SigningSecret</c> and
    /// <c>Slack:BotToken</c> come together (one without the other fails at start); with <c>Slack:AppToken</c> (Socket Mode)
    /// a background service keeps a WebSocket to Slack open instead, reported on <c>/readyz</c>. Without credentials the
    /// endpoints are not mapped, the socket is not opened and nothing calls Slack.
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupWarmUp, SlashCommandWarmUp>());
        // The only retry layer on this call path: HttpClient itself never retries, and nothing wraps these calls in another.
        services.AddHttpClient<SlackApiClient>((provider, client) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = SlackLimits.MaxResponseBytes; // a hostile or broken API cannot fill memory
            })
            .AddResilienceHandler(SlackResilience.PipelineName, SlackResilience.Configure);
        services.AddSingleton<SlackBotIdentity>();
        services.AddTransient<SlackRequesterMessenger>();
        services.AddTransient<SlackChatPlatform>();
        services.AddTransient<IChatPlatform>(provider => provider.GetRequiredService<SlackChatPlatform>());
        services.AddTransient<IChatUserDirectory, SlackUserDirectory>();
        services.AddTransient<IChatGroupDirectory, SlackGroupDirectory>();
        services.AddSingleton<SlackFollowUps>();
        services.AddHostedService(provider => provider.GetRequiredService<SlackFollowUps>());
        services.TryAddScoped(typeof(Deferred<>));
        services.AddScoped<SlashCommandHandler>();
        services.AddScoped<InteractivityHandler>();
        services.AddScoped<ChecklistActions>();
        services.AddScoped<EventsHandler>();
        services.AddScoped<SlackInbound>();
        AddSocketMode(services);
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>/slack/interactivity</c> and <c>/slack/events</c> when Slack runs over HTTP;
    /// otherwise (Slack off, or Socket Mode) maps nothing, so those paths answer 404 rather than accept unsigned requests.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (options.IsHttpMode)
        {
            SlackEndpoints.Map(endpoints);
        }

        return endpoints;
    }

    /// <summary>Socket Mode parts; the service itself stays idle unless the final options carry an app token.</summary>
    private static void AddSocketMode(IServiceCollection services)
    {
        services.TryAddSingleton<SocketModeTuning>();
        services.AddSingleton<SocketModeStatus>();
        services.AddSingleton<RecentEnvelopes>();
        services.AddSingleton<SocketEnvelopeRouter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadinessCheck, SocketModeReadinessCheck>());
        services.AddHostedService<SocketModeService>();
    }
}
