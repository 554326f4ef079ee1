using DeployBot.Core.Conversations;
using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Telemetry;
using DeployBot.Host.Operations.Telemetry;
using DeployBot.Host.Operations.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DeployBot.Host.Operations;

/// <summary>Health, readiness, metrics and traces for operators.</summary>
internal static class OperationsExtensions
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddEnvironmentSettings().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dictionary<string, EnvironmentOptions>>, EnvironmentSettingsValidator>());
        // Last in Program.cs, so every engine, planner and platform registered before is counted.
        builder.Services.Decorate<IConversationEngine>((_, engine) => new TelemetryConversationEngine(engine));
        builder.Services.Decorate<IDeploymentPlanner>((provider, planner) => new TelemetryPlanner(planner, provider.GetRequiredService<TimeProvider>()));
        builder.Services.Decorate<IChatPlatform>((_, platform) => new TelemetryChatPlatform(platform));
        var otel = builder.Services.AddOpenTelemetry()
            // The Prometheus exporter is a pull exporter: it costs nothing until /metrics (mapped only when
            // Telemetry:Prometheus is true) is scraped, so it is always added and configuration read late still counts.
            .WithMetrics(metrics => metrics.AddMeter(DeployBotTelemetry.Name).AddAspNetCoreInstrumentation().AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            // Traces only when something receives them: a listener makes ASP.NET Core build an activity for every
            // request, which nothing would read (about 4% of the CPU an acknowledgement costs under load).
            otel.WithTracing(tracing => tracing.AddSource(DeployBotTelemetry.Name).AddAspNetCoreInstrumentation())
                .UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UsePlatformRequestTelemetry();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/readyz", (IServiceProvider services, CancellationToken cancellationToken) =>
            ReadinessEndpoint.CheckAsync(services, cancellationToken));
        if (app.Configuration.GetValue<bool>($"{TelemetryOptions.SectionName}:Prometheus"))
        {
            MapMetrics(app, app.Configuration.GetValue<int?>($"{TelemetryOptions.SectionName}:MetricsPort"));
        }

        return app;
    }

    /// <summary>
    /// <c>/metrics</c> on every port, or, with <c>Telemetry:MetricsPort</c>, only on connections to that local port (a
    /// listener the Service does not expose), so the public port answers 404. The local port is the socket's, not the
    /// Host header, which callers choose.
    /// </summary>
    private static void MapMetrics(WebApplication app, int? metricsPort)
    {
        if (metricsPort is not { } port)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
            return;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == "/metrics" && context.Connection.LocalPort == port);
    }
}
