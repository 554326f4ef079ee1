namespace DeployBot.Host.Operations;

/// <summary>Health, readiness, metrics and configuration validation for operators.</summary>
internal static class OperationsExtensions
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
