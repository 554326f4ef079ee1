namespace DeployBot.Host.Operations;

/// <summary><c>Telemetry</c> section: whether <c>/metrics</c> is served. OTLP export follows <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public bool Prometheus { get; set; }

    /// <summary>Serve <c>/metrics</c> only on connections to this local port (add it to <c>ASPNETCORE_URLS</c>; keep it out of the Service).</summary>
    public int? MetricsPort { get; set; }
}
