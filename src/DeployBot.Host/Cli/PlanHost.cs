using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Logging.Console;

namespace DeployBot.Host.Cli;

/// <summary>
/// The small generic host behind the <c>plan</c> verb: the web host's configuration sources, Core and planning
/// services, and logging that stays off stdout (warnings and errors only, on stderr), because stdout is the plan.
/// </summary>
internal static class PlanHost
{
    public static IHost Build(Action<IHostApplicationBuilder>? configure)
    {
        // No command-line source: the arguments are request text (NOTES=...), not configuration keys.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        AddConfigurationBesideBinaries(builder.Configuration);
        QuietLogging(builder.Logging);

        // The verb resolves only the planner, the release sources and the environments; the rest of Core (conversations, storage-backed
        // services) is registered but never built, so building-time validation of all of it would only get in the way.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        builder.AddDeployBotCore()
            .AddDeploymentPlanning()
            .AddReleaseSources();
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>As the web host does: appsettings.json beside the binaries, below the working directory's and the environment.</summary>
    private static void AddConfigurationBesideBinaries(ConfigurationManager configuration)
    {
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(besideBinaries))
        {
            return;
        }

        var source = new JsonConfigurationSource { Path = besideBinaries, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
    }

    private static void QuietLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        // A provider-specific rule outranks the "Logging:LogLevel" defaults of appsettings.json (Information).
        logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
    }
}
