using DeployBot.Core.Platforms;
using DeployBot.Teams;
using DeployBot.Teams.Auth;
using DeployBot.Teams.Connector;
using DeployBot.Teams.Endpoints;
using DeployBot.Teams.Handling;
using DeployBot.Teams.Platform;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class TeamsHostingExtensions
{
    /// <summary>The Microsoft Teams channel: token validation, the connector client and the <c>teams</c> chat platform.</summary>
    /// <example><code>builder.AddTeamsChannel();  // reads the "Teams" section; empty Teams:AppId = local emulator mode</code></example>
    public static IHostApplicationBuilder AddTeamsChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // Decided from the built configuration, not the builder's: test hosts and late sources add keys after AddTeamsChannel.
        services.AddSingleton(provider => new TeamsModeSetting(TeamsActivation.Decide(provider.GetRequiredService<IConfiguration>())));
        services.AddHostedService<TeamsStartupReport>();

        services.AddSingleton<ServiceUrlAllowList>();
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton(provider => new BotSigningKeys(() => CreateMetadataManager(provider), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotTokenValidator>();
        // Every Teams client reads at most MaxResponseBytes: a hostile or broken endpoint cannot fill memory.
        services.AddHttpClient(TeamsConstants.MetadataClientName, Cap);
        services.AddHttpClient(TeamsConstants.TokenClientName, Cap);

        services.AddTransient<ConnectorAuthHandler>();
        services.AddHttpClient<ConnectorClient>(TeamsConstants.ConnectorClientName, Cap)
            .AddConnectorResilience() // the one retry layer for every connector call (412/429/502/503/504, Retry-After)
            .AddHttpMessageHandler<ConnectorAuthHandler>(); // inside the retries: each attempt is checked and gets a current token

        services.AddSingleton<DeliveryErrors>();
        services.AddScoped<ActivityReplies>();
        services.AddScoped<MessageActivityHandler>();
        services.AddScoped<ConversationUpdateHandler>();
        services.AddScoped<InvokeActivityHandler>();
        services.AddScoped<ActivityDispatcher>();
        services.AddSingleton<TeamsChatPlatform>();
        services.AddSingleton<IChatPlatform>(provider => provider.GetRequiredService<TeamsChatPlatform>());
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /api/messages</c>, the Bot Framework messaging endpoint, unless Teams is off (not configured and
    /// emulator mode not asked for), when the path answers 404 like any unknown one.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<TeamsModeSetting>() is not { Mode: not TeamsMode.Off })
        {
            return endpoints;
        }

        endpoints.MapPost(TeamsEndpoint.Route, TeamsEndpoint.HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static void Cap(HttpClient client) => client.MaxResponseContentBufferSize = TeamsConstants.MaxResponseBytes;

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateMetadataManager(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsConstants.MetadataClientName);
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !TeamsOptions.IsLoopback(options.OpenIdMetadataUrl) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12), // the docs ask for at least one refresh a day
        };
    }
}
