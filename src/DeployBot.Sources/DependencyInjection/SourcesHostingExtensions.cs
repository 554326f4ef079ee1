using System.Net;
using DeployBot.Core.Releases;
using DeployBot.Sources;
using DeployBot.Sources.GitHub;
using DeployBot.Sources.GitLab;
using DeployBot.Sources.Options;
using DeployBot.Sources.Raw;
using DeployBot.Sources.Resilience;
using DeployBot.Sources.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods live in the namespace of what they extend, as ASP.NET Core's do.
public static class SourcesHostingExtensions
{
    /// <summary>
    /// Reading links in NOTES (<c>Sources:*</c>): GitHub through Octokit, GitLab's REST API, raw files from allowed hosts,
    /// all through one guarded HttpClient with its own Polly pipeline. Registers <see cref="IReleaseSource"/>, which the
    /// plan jobs and the <c>plan</c> verb call before planning. Bad settings fail at start, one line per problem.
    /// </summary>
    /// <example>
    /// <code>
    /// // environment: Sources__GitHub__Token=ghp_…   appsettings.json: "Sources": { "AllowedHosts": [ "raw.githubusercontent.com" ] }
    /// builder.AddDeployBotCore().AddReleaseSources();
    /// </code>
    /// </example>
    public static IHostApplicationBuilder AddReleaseSources(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());

        services.TryAddSingleton<SourceHosts>();
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddTransient<SourceGuardHandler>();
        AddHttpClient(services);

        services.TryAddSingleton<GitHubClients>();
        services.TryAddTransient<GitHubReader>();
        services.TryAddTransient<GitLabReader>();
        services.TryAddTransient<RawFileReader>();
        services.RemoveAll<IReleaseSource>();
        services.AddTransient<IReleaseSource, LinkedReleaseSource>();
        return builder;
    }

    private static void AddHttpClient(IServiceCollection services)
    {
        // Polly (outermost) is the one retry layer; the guard inside it checks every hop and caps every answer, and
        // the socket handler's connect step refuses private addresses. No automatic redirects, no HttpClient timeout.
        var client = services.AddHttpClient(SourceHttp.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,

            // Direct connections only: through a proxy, the connect step would see the proxy, not the host it checks.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = provider.GetRequiredService<GuardedConnector>().ConnectAsync,
        });
        client.AddResilienceHandler(SourceResilience.PipelineName, (pipeline, context) =>
            SourceResilience.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<SourcesOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        client.AddHttpMessageHandler<SourceGuardHandler>();
    }
}
