namespace DeployBot.Host.Operations;

/// <summary><c>Telemetry</c> section: whether <c>/metrics</c> is served. OTLP export follows <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public bool Prometheus { get; set; }
}
