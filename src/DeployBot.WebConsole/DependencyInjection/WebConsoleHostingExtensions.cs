using DeployBot.Core.Platforms;
using DeployBot.WebConsole;
using DeployBot.WebConsole.Endpoints;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class WebConsoleHostingExtensions
{
    /// <summary>
    /// The local console: a third chat platform (<c>console</c>) whose channel lives in this process and is shown at
    /// <c>GET /</c>. On when <c>Console:Enabled</c> says so, or, when unset, while neither Slack nor Teams is configured.
    /// <code>
    /// builder.AddDeployBotCore().AddLocalConsole();
    /// app.MapLocalConsole();
    /// </code>
    /// </summary>
    public static IHostApplicationBuilder AddLocalConsole(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ConsoleOptions>()
            .BindConfiguration(ConsoleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var (enabled, reason) = ConsoleActivation.Decide(builder.Configuration);
        if (!enabled)
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ConsoleEnabledMarker(reason));
        builder.Services.AddSingleton<ConsoleFeed>();
        builder.Services.AddSingleton<ConsoleIdentity>();
        builder.Services.AddSingleton<ConsoleCsrfToken>();
        builder.Services.AddSingleton<ConsoleReplyPresenter>();
        builder.Services.AddSingleton<ConsoleChatPlatform>();
        builder.Services.AddSingleton<IChatPlatform>(services => services.GetRequiredService<ConsoleChatPlatform>());
        return builder;
    }

    /// <summary>Maps <c>GET /</c> and the <c>/console/…</c> endpoints when the console is enabled; nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapLocalConsole(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<ConsoleEnabledMarker>() is { } marker)
        {
            ConsoleEndpoints.Map(endpoints);
            var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("DeployBot.WebConsole");
            ConsoleLog.Enabled(logger, marker.Reason);
        }

        return endpoints;
    }
}
