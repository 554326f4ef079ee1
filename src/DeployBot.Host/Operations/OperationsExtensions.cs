using DeployBot.Core.Environments;
using DeployBot.Core.Telemetry;
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
        builder.Services.AddOptions<Dictionary<string, EnvironmentOptions>>().BindConfiguration(EnvironmentOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dictionary<string, EnvironmentOptions>>, EnvironmentSettingsValidator>());
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DeployBotTelemetry.Name).AddAspNetCoreInstrumentation();
                if (telemetry.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithTracing(tracing => tracing.AddSource(DeployBotTelemetry.Name).AddAspNetCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/readyz", (IServiceProvider services, CancellationToken cancellationToken) =>
            ReadinessEndpoint.CheckAsync(services, cancellationToken));
        if (app.Configuration.GetValue<bool>($"{TelemetryOptions.SectionName}:Prometheus"))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}
